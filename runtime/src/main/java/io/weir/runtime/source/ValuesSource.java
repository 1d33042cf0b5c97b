package io.weir.runtime.source;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.List;

/** A bounded source of a fixed list of rows, such as SQL {@code VALUES} or {@code SELECT 1}, read by one subtask. */
public final class ValuesSource implements Source {
    private static final int ROWS_PER_POLL = 1024;

    private final List<Row> rows;

    /** A source of copies of {@code rows}, emitted in order as inserts. */
    public ValuesSource(List<Row> rows) {
        List<Row> copies = new ArrayList<>(rows.size());
        for (Row row : rows) {
            copies.add(row.copy());
        }
        this.rows = List.copyOf(copies);
    }

    @Override
    public boolean isBounded() {
        return true;
    }

    /** Subtask 0 emits every row; any other subtask emits none. */
    @Override
    public SourceReader createReader(SourceContext context) {
        return new Reader(context.subtaskIndex() == 0 ? rows : List.of());
    }

    @Override
    public int maxParallelism() {
        return 1;
    }

    @Override
    public String describe() {
        return "Values(rows=" + rows.size() + ")";
    }

    private static final class Reader implements SourceReader {
        private final List<Row> rows;
        private int next;
        private Row scratch;

        Reader(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public ReadStatus pollNext(Output out) {
            int end = Math.min(rows.size(), next + ROWS_PER_POLL);
            for (; next < end; next++) {
                Row row = rows.get(next);
                // Emit a scratch copy: an operator may reuse the row it is given, and the list is shared by readers.
                if (scratch == null || scratch.arity() != row.arity()) {
                    scratch = new Row(row.arity());
                }
                scratch.copyFrom(row);
                out.emit(ChangeKind.INSERT, scratch);
            }
            return next == rows.size() ? ReadStatus.END_OF_INPUT : ReadStatus.MORE_AVAILABLE;
        }
    }
}
