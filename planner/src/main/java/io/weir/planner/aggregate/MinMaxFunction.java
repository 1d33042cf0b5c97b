package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.util.Comparator;
import java.util.List;

/**
 * {@code MIN(x)} or {@code MAX(x)} over an insert-only input: the extreme value so far in a field of the argument's
 * type (NULL while no non-NULL value came). Cannot retract; see {@link MinMaxWithRetractFunction}.
 */
final class MinMaxFunction implements AggregateFunction {
    private final int argument;
    private final DataType type;
    private final ValueKind kind;
    private final Comparator<Object> order;
    private final Extremum extremum;

    MinMaxFunction(int argument, DataType type, Extremum extremum) {
        this.argument = argument;
        this.type = type.withNullable(true);
        this.kind = ValueKind.of(type);
        this.order = kind == ValueKind.INTEGRAL || kind == ValueKind.FLOATING ? null : kind.order();
        this.extremum = extremum;
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
        if (!input.isNullAt(argument)) {
            offer(acc, base, input, argument);
        }
    }

    private void offer(Row acc, int base, Row from, int field) {
        if (acc.isNullAt(base) || better(from, field, acc, base)) {
            if (kind == ValueKind.INTEGRAL || kind == ValueKind.FLOATING) {
                acc.setLong(base, from.getLong(field));
            } else {
                acc.setObject(base, from.getObject(field));
            }
        }
    }

    /** Whether the candidate beats the value held; compares primitive slots without boxing. */
    private boolean better(Row candidate, int field, Row acc, int base) {
        int c;
        if (kind == ValueKind.INTEGRAL) {
            c = Long.compare(candidate.getLong(field), acc.getLong(base));
        } else if (kind == ValueKind.FLOATING) {
            c = Double.compare(candidate.getDouble(field), acc.getDouble(base));
        } else {
            c = order.compare(kind.read(candidate, field), kind.read(acc, base));
        }
        return extremum == Extremum.LOWEST ? c < 0 : c > 0;
    }

    @Override
    public void retract(Row acc, int base, Row input) {
        throw new IllegalStateException("MIN/MAX over an insert-only input was asked to retract");
    }

    @Override
    public boolean canRetract() {
        return false;
    }

    @Override
    public void merge(Row acc, int base, Row other) {
        if (!other.isNullAt(base)) {
            offer(acc, base, other, base);
        }
    }

    @Override
    public void writeResult(Row acc, int base, Row target, int position) {
        if (acc.isNullAt(base)) {
            target.setNull(position);
        } else if (kind == ValueKind.INTEGRAL || kind == ValueKind.FLOATING) {
            target.setLong(position, acc.getLong(base));
        } else {
            target.setObject(position, acc.getObject(base));
        }
    }
}
