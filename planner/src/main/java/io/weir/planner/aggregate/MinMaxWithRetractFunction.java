package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code MIN(x)} or {@code MAX(x)} over an updating input: a sorted map of value to count in an object field, so that
 * retracting the extreme value falls back to the next one.
 */
final class MinMaxWithRetractFunction implements AggregateFunction {
    private final int argument;
    private final DataType type;
    private final ValueKind kind;
    private final Extremum extremum;

    MinMaxWithRetractFunction(int argument, DataType type, Extremum extremum) {
        this.argument = argument;
        this.type = type.withNullable(true);
        this.kind = ValueKind.of(type);
        this.extremum = extremum;
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
        acc.setObject(base, new SortedCountedValues(kind));
    }

    private SortedCountedValues counts(Row acc, int base) {
        return SortedCountedValues.in(acc, base, kind);
    }

    @Override
    public void accumulate(Row acc, int base, Row input) {
        if (!input.isNullAt(argument)) {
            ValueCounts.add(counts(acc, base), kind.read(input, argument));
        }
    }

    @Override
    public void retract(Row acc, int base, Row input) {
        if (!input.isNullAt(argument)) {
            ValueCounts.remove(counts(acc, base), kind.read(input, argument));
        }
    }

    @Override
    public boolean canRetract() {
        return true;
    }

    @Override
    public void merge(Row acc, int base, Row other) {
        ValueCounts.addAll(counts(acc, base), counts(other, base));
    }

    @Override
    public void writeResult(Row acc, int base, Row target, int position) {
        TreeMap<Object, long[]> counts = counts(acc, base);
        if (counts.isEmpty()) {
            target.setNull(position);
            return;
        }
        Map.Entry<Object, long[]> entry = extremum == Extremum.LOWEST ? counts.firstEntry() : counts.lastEntry();
        kind.write(entry.getKey(), target, position);
    }
}
