package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;

/** {@code COUNT(*)} (no arguments) or {@code COUNT(x, ...)}: the rows whose arguments are all non-NULL. */
final class CountFunction implements AggregateFunction {
    private static final DataType BIGINT_NOT_NULL = DataType.of(TypeRoot.BIGINT).withNullable(false);
    private final int[] arguments;

    CountFunction(int[] arguments) {
        this.arguments = arguments.clone();
    }

    @Override
    public List<DataType> accumulatorFields() {
        return List.of(BIGINT_NOT_NULL);
    }

    @Override
    public DataType resultType() {
        return BIGINT_NOT_NULL;
    }

    @Override
    public void reset(Row acc, int base) {
        acc.setLong(base, 0);
    }

    @Override
    public void accumulate(Row acc, int base, Row input) {
        if (counts(input)) {
            acc.setLong(base, acc.getLong(base) + 1);
        }
    }

    @Override
    public void retract(Row acc, int base, Row input) {
        if (counts(input)) {
            acc.setLong(base, acc.getLong(base) - 1);
        }
    }

    private boolean counts(Row input) {
        for (int argument : arguments) {
            if (input.isNullAt(argument)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean canRetract() {
        return true;
    }

    @Override
    public void merge(Row acc, int base, Row other) {
        acc.setLong(base, acc.getLong(base) + other.getLong(base));
    }

    @Override
    public void writeResult(Row acc, int base, Row target, int position) {
        target.setLong(position, acc.getLong(base));
    }
}
