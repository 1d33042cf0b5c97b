package io.weir.planner.window;

import io.weir.planner.aggregate.Aggregator;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * Aggregates the rows of each key per window and emits one insert-only row per window when it closes: when the
 * watermark reaches {@code window_end - 1} (event time) or the clock does (processing time). Output rows are the key
 * fields, the aggregate results, then {@code window_start}, {@code window_end} and {@code window_time}.
 *
 * <p>Keyed on the group keys. TUMBLE, and HOP and CUMULATE windows whose size is a multiple of their step, keep slices
 * of time that windows are merged from ({@link SlicedWindowAggregateOperator}); session windows and other HOP or
 * CUMULATE windows keep one accumulator per window ({@link PerWindowAggregateOperator}). Either way, a row whose
 * windows have all fired is dropped and counted in {@code lateRecordsDropped}.
 */
public final class WindowAggregateOperator implements Operator {
    private final Operator path;

    public WindowAggregateOperator(WindowSpec spec, Aggregator aggregator, int keyArity) {
        this.path = SliceAssigner.supports(spec)
                ? new SlicedWindowAggregateOperator(spec, aggregator, keyArity)
                : new PerWindowAggregateOperator(spec, aggregator, keyArity);
    }

    @Override
    public void open(OperatorContext context) throws Exception {
        path.open(context);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output out) throws Exception {
        path.process(kind, row, out);
    }

    @Override
    public void watermark(long watermark, Output out) throws Exception {
        path.watermark(watermark, out);
    }

    @Override
    public void onTimer(long timestamp, TimeDomain domain, Output out) throws Exception {
        path.onTimer(timestamp, domain, out);
    }

    @Override
    public void finish(Output out) throws Exception {
        path.finish(out);
    }

    @Override
    public void close() throws Exception {
        path.close();
    }
}
