package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code FIRST_VALUE(x)} or {@code LAST_VALUE(x)} over an updating input: the non-NULL values in arrival order, in an
 * object field; a retraction removes the earliest occurrence of its value.
 */
final class FirstLastValueWithRetractFunction implements AggregateFunction {
    private final int argument;
    private final DataType type;
    private final ValueKind kind;
    private final Extremum end;

    FirstLastValueWithRetractFunction(int argument, DataType type, Extremum end) {
        this.argument = argument;
        this.type = type.withNullable(true);
        this.kind = ValueKind.of(type);
        this.end = end;
    }

    @Override
    public List<DataType> accumulatorFields() {
        return List.of(ValueCounts.OBJECT_FIELD);
    }

    @Override
    public DataType resultType() {
        return type;
    }

    @Override
    public void reset(Row acc, int base) {
        acc.setObject(base, new ValueSequence(kind));
    }

    private List<Object> values(Row acc, int base) {
        return ValueSequence.in(acc, base, kind);
    }

    @Override
    public void accumulate(Row acc, int base, Row input) {
        if (!input.isNullAt(argument)) {
            values(acc, base).add(kind.read(input, argument));
        }
    }

    @Override
    public void retract(Row acc, int base, Row input) {
        if (!input.isNullAt(argument)) {
            values(acc, base).remove(kind.read(input, argument));
        }
    }

    @Override
    public boolean canRetract() {
        return true;
    }

    @Override
    public void merge(Row acc, int base, Row other) {
        values(acc, base).addAll(values(other, base));
    }

    @Override
    public void writeResult(Row acc, int base, Row target, int position) {
        List<Object> values = values(acc, base);
        if (values.isEmpty()) {
            target.setNull(position);
        } else {
            kind.write(values.get(end == Extremum.LOWEST ? 0 : values.size() - 1), target, position);
        }
    }
}
