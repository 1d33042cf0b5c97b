package io.weir.planner.sort;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;

/**
 * Batch mode's LIMIT and OFFSET without ORDER BY: passes on the rows of an insert-only input after skipping the first
 * {@code offset}, until it has passed {@code fetch}. Runs as one subtask keyed on a constant last field (which it drops
 * from its output), so its count of rows seen is keyed state and survives a restore.
 */
public final class LimitOperator implements Operator {
    private static final RowType COUNT_TYPE = RowType.of(List.of("seen"),
            List.of(DataType.of(TypeRoot.BIGINT).withNullable(false)));

    private final Limit limit;
    private final Row out;
    private ValueState seen;

    /**
     * @param limit the rows to skip and the most to pass on
     * @param inputArity the number of fields of the input rows, the constant key included
     */
    public LimitOperator(Limit limit, int inputArity) {
        this.limit = limit;
        this.out = new Row(inputArity - 1);
    }

    @Override
    public void open(OperatorContext context) {
        this.seen = context.valueState("seen", COUNT_TYPE);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output output) {
        if (!kind.isAccumulate()) {
            throw new IllegalStateException("a batch limit gets inserts only, not " + kind);
        }
        Row count = seen.value();
        if (count == null) {
            count = new Row(1);
            count.setLong(0, 0);
        }
        long position = count.getLong(0);
        count.setLong(0, position + 1);
        seen.update(count);
        if (!limit.keeps(position)) {
            return;
        }
        for (int f = 0; f < out.arity(); f++) {
            row.copyField(f, out, f);
        }
        output.emit(ChangeKind.INSERT, out);
    }
}
