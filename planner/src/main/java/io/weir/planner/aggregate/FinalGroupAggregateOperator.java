package io.weir.planner.aggregate;

import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;

/**
 * Aggregates a bounded input per group key and emits each group's final result once, as an insert, when the input
 * ends: batch mode's group aggregation. Each group registers an event-time timer at +∞, which the final watermark of
 * the ended input fires, so the results wait in keyed state (and in checkpoints) until then. Keyed on the group key;
 * its output row is the group key's leading fields, then the aggregate results.
 */
public final class FinalGroupAggregateOperator implements Operator {
    private static final long END_OF_INPUT = Long.MAX_VALUE;
    /** The key of a global aggregation: the grouping set id that {@link GroupingSetsExpandOperator} appends. */
    private static final RowType GLOBAL_KEY_TYPE = RowType.of(List.of("$e"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false)));

    private final Aggregator aggregator;
    private final GroupOutput layout;
    private final Row emptyInputKey;
    private ValueState accumulators;
    private OperatorContext context;
    private Row result;
    private boolean emittedAny;

    /**
     * @param aggregator the aggregate functions
     * @param layout where the key fields and results go in the output row
     * @param emptyInputKey for an aggregation without GROUP BY, the key of its one group (its grouping set id),
     *     whose result (such as a COUNT of 0) is emitted for an empty input too, as SQL requires, by the subtask that
     *     owns the key; {@code null} for an aggregation with groups
     */
    public FinalGroupAggregateOperator(Aggregator aggregator, GroupOutput layout, Row emptyInputKey) {
        this.aggregator = aggregator;
        this.layout = layout;
        this.emptyInputKey = emptyInputKey;
    }

    @Override
    public void open(OperatorContext context) {
        this.context = context;
        this.accumulators = context.valueState("accumulator", aggregator.accumulatorType());
        this.result = layout.newOutputRow(aggregator);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output out) {
        Row acc = accumulators.value();
        if (acc == null) {
            if (!kind.isAccumulate()) {
                return;
            }
            acc = new Row(aggregator.accumulatorType().arity());
            aggregator.reset(acc);
            context.timers().registerEventTimeTimer(END_OF_INPUT);
        }
        if (kind.isAccumulate()) {
            aggregator.accumulate(acc, row);
        } else {
            aggregator.retract(acc, row);
        }
        accumulators.update(acc);
    }

    @Override
    public void onTimer(long timestamp, TimeDomain domain, Output out) {
        Row acc = accumulators.value();
        if (acc == null) {
            return;
        }
        accumulators.clear();
        if (aggregator.rowCount(acc) <= 0) {
            // Retractions took every row of the group away: it is not in the final result.
            return;
        }
        layout.write(aggregator, acc, context.currentKey(), result);
        emittedAny = true;
        out.emit(ChangeKind.INSERT, result);
    }

    /**
     * Runs after the final watermark has fired every group's timer (a task sends it before finishing), so a global
     * aggregation that emitted nothing saw no rows.
     */
    @Override
    public void finish(Output out) {
        if (emptyInputKey == null || emittedAny || !ownsEmptyInputKey()) {
            return;
        }
        Row acc = new Row(aggregator.accumulatorType().arity());
        aggregator.reset(acc);
        layout.write(aggregator, acc, emptyInputKey, result);
        out.emit(ChangeKind.INSERT, result);
    }

    private boolean ownsEmptyInputKey() {
        int hash = KeyHasher.of(GLOBAL_KEY_TYPE, List.of(0)).hash(emptyInputKey);
        return KeyGroups.subtaskOfKey(hash, context.maxParallelism(), context.parallelism()) == context.subtaskIndex();
    }
}
