package io.weir.planner.aggregate;

import io.weir.planner.changelog.UpdateKind;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ValueState;

/**
 * Aggregates an unbounded input per group key and emits the result's changelog as Flink does: {@code +I} for a new
 * group, {@code -U}/{@code +U} when its result changes (only {@code +U} when its consumer upserts on the group key),
 * nothing when it does not, {@code -D} when retractions leave the group without rows. Keyed on the group key; its
 * output row is the group key's leading fields, then the aggregate results.
 */
public final class GroupAggregateOperator implements Operator {
    private final Aggregator aggregator;
    private final GroupOutput layout;
    private final UpdateKind updates;
    private ValueState accumulators;
    private OperatorContext context;
    private Row previous;
    private Row current;

    /**
     * @param aggregator the aggregate functions
     * @param layout where the key fields and results go in the output row
     * @param updates whether an update is emitted as {@code -U} and {@code +U}, or as {@code +U} alone
     */
    public GroupAggregateOperator(Aggregator aggregator, GroupOutput layout, UpdateKind updates) {
        this.aggregator = aggregator;
        this.layout = layout;
        this.updates = updates;
    }

    @Override
    public void open(OperatorContext context) {
        this.context = context;
        this.accumulators = context.valueState("accumulator", aggregator.accumulatorType());
        this.previous = layout.newOutputRow(aggregator);
        this.current = layout.newOutputRow(aggregator);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output out) {
        Row acc = accumulators.value();
        boolean newGroup = acc == null;
        if (newGroup) {
            if (!kind.isAccumulate()) {
                // A retraction of a group this operator never saw (e.g. its rows were filtered upstream): nothing to undo.
                return;
            }
            acc = new Row(aggregator.accumulatorType().arity());
            aggregator.reset(acc);
        } else {
            layout.write(aggregator, acc, context.currentKey(), previous);
        }
        if (kind.isAccumulate()) {
            aggregator.accumulate(acc, row);
        } else {
            aggregator.retract(acc, row);
        }
        if (aggregator.rowCount(acc) <= 0) {
            accumulators.clear();
            if (!newGroup) {
                out.emit(ChangeKind.DELETE, previous);
            }
            return;
        }
        accumulators.update(acc);
        layout.write(aggregator, acc, context.currentKey(), current);
        if (newGroup) {
            out.emit(ChangeKind.INSERT, current);
        } else if (!current.equals(previous)) {
            if (updates == UpdateKind.BEFORE_AND_AFTER) {
                out.emit(ChangeKind.UPDATE_BEFORE, previous);
            }
            out.emit(ChangeKind.UPDATE_AFTER, current);
        }
    }
}
