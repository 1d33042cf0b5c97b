package io.weir.connector;

import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.ConnectorRegistry;
import io.weir.runtime.connector.Options;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Collects copies of the rows a source reader emits, and drives readers to their end. */
public final class CollectingOutput implements Output {
    public final List<Row> rows = new ArrayList<>();

    @Override
    public void emit(ChangeKind kind, Row row) {
        rows.add(row.copy());
    }

    /** Polls the reader until the end of its input, waiting out NOTHING_AVAILABLE; returns the rows it emitted. */
    public static List<Row> drain(SourceReader reader) throws Exception {
        CollectingOutput out = new CollectingOutput();
        reader.open();
        try {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (reader.pollNext(out) != ReadStatus.END_OF_INPUT) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("reader did not end within 30 s");
                }
            }
        } finally {
            reader.close();
        }
        return out.rows;
    }

    /** Every subtask's rows of a source read at the given parallelism, subtask by subtask. */
    public static List<List<Row>> drainAll(Source source, int parallelism) throws Exception {
        List<List<Row>> result = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            result.add(drain(source.createReader(new SourceContext("job", i, parallelism))));
        }
        return result;
    }

    /** A context for a table reading every column, its options validated through the registry. */
    public static ConnectorContext context(RowType type, Map<String, String> options) {
        return context(type, IntStream.range(0, type.arity()).boxed().toList(), options);
    }

    public static ConnectorContext context(RowType type, List<Integer> projection, Map<String, String> options) {
        ConnectorRegistry.load().validate("t", options, type);
        return new ConnectorContext("t", type, projection, new Options(options));
    }
}
