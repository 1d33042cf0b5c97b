package io.weir.planner.window;

import io.weir.planner.aggregate.Aggregator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * Emits the insert-only result row of one fired window into one reused row: the key fields, the aggregate results,
 * then {@code window_start}, {@code window_end} and {@code window_time} ({@code window_end - 1}).
 */
final class WindowResultWriter {
    private final Aggregator aggregator;
    private final int keyArity;
    private final int windowField;
    private final Row out;

    WindowResultWriter(Aggregator aggregator, int keyArity) {
        this.aggregator = aggregator;
        this.keyArity = keyArity;
        this.windowField = keyArity + aggregator.resultType().arity();
        this.out = new Row(windowField + 3);
    }

    void emit(Row key, Row accumulator, long windowStart, long windowEnd, Output output) {
        for (int i = 0; i < keyArity; i++) {
            key.copyField(i, out, i);
        }
        aggregator.writeResults(accumulator, out, keyArity);
        out.setLong(windowField, windowStart);
        out.setLong(windowField + 1, windowEnd);
        out.setLong(windowField + 2, windowEnd - 1);
        output.emit(ChangeKind.INSERT, out);
    }

}
