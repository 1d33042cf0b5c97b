package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.util.List;

/**
 * {@code FIRST_VALUE(x)} or {@code LAST_VALUE(x)} over an insert-only input, in arrival order, ignoring NULLs as
 * Flink's do. Cannot retract; see {@link FirstLastValueWithRetractFunction}.
 */
final class FirstLastValueFunction implements AggregateFunction {
    private final int argument;
    private final DataType type;
    private final boolean primitive;
    private final Extremum end;

    FirstLastValueFunction(int argument, DataType type, Extremum end) {
        this.argument = argument;
        this.type = type.withNullable(true);
        this.primitive = type.root().isPrimitiveSlot();
        this.end = end;
    }

    @Override
    public List<DataType> accumulatorFields() {
        return List.of(type);
    }

    @Override
    public DataType resultType() {
        return type;
    }

    @Override
    public void reset(Row acc, int base) {
        acc.setNull(base);
    }

    @Override
    public void accumulate(Row acc, int base, Row input) {
        if (!input.isNullAt(argument) && (end == Extremum.HIGHEST || acc.isNullAt(base))) {
            copy(input, argument, acc, base);
        }
    }

    private void copy(Row from, int field, Row to, int position) {
        if (primitive) {
            to.setLong(position, from.getLong(field));
        } else {
            to.setObject(position, from.getObject(field));
        }
    }

    @Override
    public void retract(Row acc, int base, Row input) {
        throw new IllegalStateException("FIRST_VALUE/LAST_VALUE over an insert-only input was asked to retract");
    }

    @Override
    public boolean canRetract() {
        return false;
    }

    /** {@code other} holds the later rows, as when a session window merges with the one after it. */
    @Override
    public void merge(Row acc, int base, Row other) {
        if (!other.isNullAt(base) && (end == Extremum.HIGHEST || acc.isNullAt(base))) {
            copy(other, base, acc, base);
        }
    }

    @Override
    public void writeResult(Row acc, int base, Row target, int position) {
        if (acc.isNullAt(base)) {
            target.setNull(position);
        } else {
            copy(acc, base, target, position);
        }
    }
}
