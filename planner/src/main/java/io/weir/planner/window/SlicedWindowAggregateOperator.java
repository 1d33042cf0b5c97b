package io.weir.planner.window;

import io.weir.planner.aggregate.Aggregator;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.state.TimerService;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;

/**
 * The sliced path of {@link WindowAggregateOperator} for TUMBLE, and for HOP and CUMULATE windows whose size is a
 * multiple of their step: each row is added to the one slice that holds it, and a window, when it fires, merges the
 * slices it covers (see {@link SliceAssigner}).
 *
 * <p>State per key is one list of slices, looked up once per row and scanned linearly (a key has at most
 * {@code size / step + 1} live slices), kept in ascending order of slice end: each element is the slice's accumulator
 * fields followed by its end. A key has one timer, at {@code end - 1} of the next window to fire that covers one of its
 * slices; firing it emits that window, drops the slices no later window covers, and registers the next one.
 *
 * <p>Lateness: a row is dropped and counted in {@code lateRecordsDropped} only if every window that covers its slice
 * has fired; otherwise it is added to its slice and shows in the windows still to fire.
 */
final class SlicedWindowAggregateOperator implements Operator {
    private final WindowSpec spec;
    private final SliceAssigner assigner;
    private final Aggregator aggregator;
    private final int keyArity;
    private final boolean eventTime;
    private final int endField;
    private final List<Row> reordered = new ArrayList<>();
    private Row merged;
    private ListState slices;
    private TimerService timers;
    private OperatorContext context;
    private Counter lateRecordsDropped;
    private WindowResultWriter results;

    SlicedWindowAggregateOperator(WindowSpec spec, Aggregator aggregator, int keyArity) {
        this.spec = spec;
        this.assigner = SliceAssigner.of(spec);
        this.aggregator = aggregator;
        this.keyArity = keyArity;
        this.eventTime = spec.domain() == TimeDomain.EVENT_TIME;
        this.endField = aggregator.accumulatorType().arity();
    }

    @Override
    public void open(OperatorContext ctx) {
        context = ctx;
        List<DataType.Field> fields = new ArrayList<>(aggregator.accumulatorType().fields());
        fields.add(new DataType.Field("slice_end", DataType.of(TypeRoot.BIGINT).withNullable(false)));
        slices = ctx.listState("slices", new RowType(fields));
        timers = ctx.timers();
        lateRecordsDropped = ctx.counter("lateRecordsDropped");
        results = new WindowResultWriter(aggregator, keyArity);
        merged = new Row(endField + 1);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output output) {
        long timestamp;
        if (eventTime) {
            if (row.isNullAt(spec.timeField())) {
                lateRecordsDropped.inc();
                return;
            }
            timestamp = row.getLong(spec.timeField());
        } else {
            timestamp = timers.currentProcessingTime();
        }
        long sliceEnd = assigner.sliceEnd(timestamp);
        if (eventTime && assigner.lastWindowEnd(sliceEnd) - 1 <= timers.currentWatermark()) {
            lateRecordsDropped.inc();
            return;
        }
        Row first = null;
        Row last = null;
        for (Row slice : slices.get()) {
            long end = slice.getLong(endField);
            if (end == sliceEnd) {
                aggregator.accumulate(slice, row);
                return;
            }
            if (first == null) {
                first = slice;
            }
            last = slice;
        }
        Row slice = new Row(endField + 1);
        aggregator.reset(slice);
        aggregator.accumulate(slice, row);
        slice.setLong(endField, sliceEnd);
        // The key's timer is at or before the next window to fire of each of its slices; a slice earlier than all
        // of them (or the key's first) may need an earlier one.
        long next = nextWindowEnd(sliceEnd);
        if (first == null || next < nextWindowEnd(first.getLong(endField))) {
            registerTimer(next - 1);
        }
        if (last == null || last.getLong(endField) < sliceEnd) {
            slices.add(slice);
        } else {
            insertInOrder(slice, sliceEnd);
        }
    }

    /** The end of the first window covering the slice that has not fired. */
    private long nextWindowEnd(long sliceEnd) {
        if (!eventTime) {
            return sliceEnd;
        }
        long watermark = timers.currentWatermark();
        // Windows ending at or before watermark + 1 have fired.
        return watermark == Long.MIN_VALUE ? sliceEnd : assigner.windowEndAfter(sliceEnd, watermark + 1);
    }

    /** A row later than some of the key's slices: rewrites the list with the new slice in its place. */
    private void insertInOrder(Row slice, long sliceEnd) {
        reordered.clear();
        boolean inserted = false;
        for (Row other : slices.get()) {
            if (!inserted && other.getLong(endField) > sliceEnd) {
                reordered.add(slice);
                inserted = true;
            }
            reordered.add(other);
        }
        slices.update(reordered);
        reordered.clear();
    }

    /**
     * Emits the window ending at {@code timestamp + 1} if it covers a slice of the current key (merging the slices in
     * order of time), drops the slices no later window covers, and registers the timer of the next window to fire.
     */
    @Override
    public void onTimer(long timestamp, TimeDomain domain, Output output) {
        long windowEnd = timestamp + 1;
        int covering = 0;
        int dropped = 0;
        Row single = null;
        Row firstKept = null;
        for (Row slice : slices.get()) {
            long end = slice.getLong(endField);
            if (assigner.covers(windowEnd, end)) {
                if (covering == 0) {
                    single = slice;
                } else {
                    if (covering == 1) {
                        aggregator.reset(merged);
                        aggregator.merge(merged, single);
                    }
                    aggregator.merge(merged, slice);
                }
                covering++;
            }
            if (assigner.lastWindowEnd(end) <= windowEnd) {
                dropped++;
            } else if (firstKept == null) {
                firstKept = slice;
            }
        }
        if (covering > 0) {
            results.emit(context.currentKey(), covering == 1 ? single : merged, assigner.windowStart(windowEnd),
                    windowEnd, output);
        }
        if (firstKept == null) {
            slices.clear();
            return;
        }
        if (dropped > 0) {
            dropFirst(dropped);
        }
        registerTimer(assigner.windowEndAfter(firstKept.getLong(endField), windowEnd) - 1);
    }

    /** Drops the key's {@code count} oldest slices, the ones no later window covers (slices are in order). */
    private void dropFirst(int count) {
        reordered.clear();
        int index = 0;
        for (Row slice : slices.get()) {
            if (index++ >= count) {
                reordered.add(slice);
            }
        }
        slices.update(reordered);
        reordered.clear();
    }

    private void registerTimer(long timestamp) {
        if (eventTime) {
            timers.registerEventTimeTimer(timestamp);
        } else {
            timers.registerProcessingTimeTimer(timestamp);
        }
    }
}
