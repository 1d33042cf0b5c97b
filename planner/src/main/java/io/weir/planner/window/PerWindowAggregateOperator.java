package io.weir.planner.window;

import io.weir.planner.aggregate.Aggregator;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.MapState;
import io.weir.runtime.state.TimerService;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The general path of {@link WindowAggregateOperator}: one accumulator per (key, window) in a {@link MapState} keyed by
 * the window's {@code (start, end)}, with a timer at {@code end - 1}. Used for session windows, which merge when they
 * overlap or touch, and for HOP and CUMULATE windows whose size is not a multiple of their step.
 */
final class PerWindowAggregateOperator implements Operator {
    private static final RowType WINDOW_TYPE = new RowType(List.of(
            new DataType.Field("window_start", DataType.of(TypeRoot.BIGINT).withNullable(false)),
            new DataType.Field("window_end", DataType.of(TypeRoot.BIGINT).withNullable(false))));

    private final WindowSpec spec;
    private final Aggregator aggregator;
    private final int keyArity;
    private final Row probe = new Row(2);
    private final List<Map.Entry<Row, Row>> merging = new ArrayList<>();
    private WindowResultWriter results;
    private MapState windows;
    private TimerService timers;
    private OperatorContext context;
    private Counter lateRecordsDropped;

    PerWindowAggregateOperator(WindowSpec spec, Aggregator aggregator, int keyArity) {
        this.spec = spec;
        this.aggregator = aggregator;
        this.keyArity = keyArity;
    }

    @Override
    public void open(OperatorContext ctx) {
        context = ctx;
        windows = ctx.mapState("windows", WINDOW_TYPE, aggregator.accumulatorType());
        timers = ctx.timers();
        lateRecordsDropped = ctx.counter("lateRecordsDropped");
        results = new WindowResultWriter(aggregator, keyArity);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output output) {
        long timestamp;
        if (spec.domain() == TimeDomain.PROCESSING_TIME) {
            timestamp = timers.currentProcessingTime();
        } else {
            if (row.isNullAt(spec.timeField())) {
                lateRecordsDropped.inc();
                return;
            }
            timestamp = row.getLong(spec.timeField());
        }
        boolean accepted;
        switch (spec.kind()) {
            case TUMBLE: {
                long start = WindowSpec.alignedStart(timestamp, spec.offsetMillis(), spec.sizeMillis());
                accepted = add(start, start + spec.sizeMillis(), row);
                break;
            }
            case HOP: {
                accepted = false;
                long lastStart = WindowSpec.alignedStart(timestamp, spec.offsetMillis(), spec.stepMillis());
                for (long start = lastStart; start > timestamp - spec.sizeMillis(); start -= spec.stepMillis()) {
                    accepted |= add(start, start + spec.sizeMillis(), row);
                }
                break;
            }
            case CUMULATE: {
                accepted = false;
                long start = WindowSpec.alignedStart(timestamp, spec.offsetMillis(), spec.sizeMillis());
                for (long end = start + spec.stepMillis(); end <= start + spec.sizeMillis(); end += spec.stepMillis()) {
                    if (timestamp < end) {
                        accepted |= add(start, end, row);
                    }
                }
                break;
            }
            default:
                accepted = addToSession(timestamp, row);
                break;
        }
        if (!accepted) {
            lateRecordsDropped.inc();
        }
    }

    /** Adds the row to window {@code [start, end)} unless that window has fired; false if it has. */
    private boolean add(long start, long end, Row row) {
        if (hasFired(end)) {
            return false;
        }
        probe.setLong(0, start);
        probe.setLong(1, end);
        Row accumulator = windows.get(probe);
        if (accumulator == null) {
            accumulator = new Row(aggregator.accumulatorType().arity());
            aggregator.reset(accumulator);
            aggregator.accumulate(accumulator, row);
            windows.put(window(start, end), accumulator);
            registerTimer(end - 1);
        } else {
            aggregator.accumulate(accumulator, row);
        }
        return true;
    }

    /**
     * Adds the row's session {@code [t, t + gap)} to the key's sessions, merging it with those it overlaps or touches
     * into one window whose accumulator is the merge of theirs.
     */
    private boolean addToSession(long timestamp, Row row) {
        long start = timestamp;
        long end = timestamp + spec.sizeMillis();
        merging.clear();
        for (Map.Entry<Row, Row> window : windows.entries()) {
            long otherStart = window.getKey().getLong(0);
            long otherEnd = window.getKey().getLong(1);
            if (otherStart <= end && otherEnd >= start) {
                merging.add(window);
            }
        }
        // Indexed loops over the scratch list: its iterator was not scalar-replaced (JFR allocation samples).
        int count = merging.size();
        for (int i = 0; i < count; i++) {
            Row window = merging.get(i).getKey();
            start = Math.min(start, window.getLong(0));
            end = Math.max(end, window.getLong(1));
        }
        if (hasFired(end)) {
            merging.clear();
            return false;
        }
        if (count == 1 && merging.get(0).getKey().getLong(0) == start
                && merging.get(0).getKey().getLong(1) == end) {
            aggregator.accumulate(merging.get(0).getValue(), row);
            merging.clear();
            return true;
        }
        Row accumulator = new Row(aggregator.accumulatorType().arity());
        aggregator.reset(accumulator);
        for (int i = 0; i < count; i++) {
            aggregator.merge(accumulator, merging.get(i).getValue());
        }
        for (int i = 0; i < count; i++) {
            Row window = merging.get(i).getKey();
            windows.remove(window);
            deleteTimer(window.getLong(1) - 1);
        }
        merging.clear();
        aggregator.accumulate(accumulator, row);
        windows.put(window(start, end), accumulator);
        registerTimer(end - 1);
        return true;
    }

    private boolean hasFired(long end) {
        if (spec.domain() == TimeDomain.PROCESSING_TIME) {
            return false;
        }
        return end - 1 <= timers.currentWatermark();
    }

    private void registerTimer(long timestamp) {
        if (spec.domain() == TimeDomain.PROCESSING_TIME) {
            timers.registerProcessingTimeTimer(timestamp);
        } else {
            timers.registerEventTimeTimer(timestamp);
        }
    }

    private void deleteTimer(long timestamp) {
        if (spec.domain() == TimeDomain.PROCESSING_TIME) {
            timers.deleteProcessingTimeTimer(timestamp);
        } else {
            timers.deleteEventTimeTimer(timestamp);
        }
    }

    private static Row window(long start, long end) {
        Row window = new Row(2);
        window.setLong(0, start);
        window.setLong(1, end);
        return window;
    }

    /** Emits and forgets every window of the current key that ends at {@code timestamp + 1}. */
    @Override
    public void onTimer(long timestamp, TimeDomain domain, Output output) {
        Row key = context.currentKey();
        Iterator<Map.Entry<Row, Row>> it = windows.entries().iterator();
        while (it.hasNext()) {
            Map.Entry<Row, Row> window = it.next();
            long end = window.getKey().getLong(1);
            if (end - 1 != timestamp) {
                continue;
            }
            results.emit(key, window.getValue(), window.getKey().getLong(0), end, output);
            it.remove();
        }
    }
}
