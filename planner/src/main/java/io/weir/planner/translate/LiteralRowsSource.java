package io.weir.planner.translate;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import java.util.List;

/** A bounded source of the rows of a VALUES clause (or a SELECT without FROM), read by one subtask. */
public final class LiteralRowsSource implements Source {
    private final List<Row> rows;

    public LiteralRowsSource(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    @Override
    public boolean isBounded() {
        return true;
    }

    @Override
    public int maxParallelism() {
        return 1;
    }

    @Override
    public String describe() {
        return "Values(rows=" + rows.size() + ")";
    }

    @Override
    public SourceReader createReader(SourceContext context) {
        return new SourceReader() {
            private int next;

            @Override
            public ReadStatus pollNext(Output out) {
                int end = Math.min(rows.size(), next + 1000);
                for (; next < end; next++) {
                    out.emit(ChangeKind.INSERT, rows.get(next));
                }
                return next < rows.size() ? ReadStatus.MORE_AVAILABLE : ReadStatus.END_OF_INPUT;
            }
        };
    }
}
