package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An aggregate function over distinct values ({@code COUNT(DISTINCT x)}, {@code SUM(DISTINCT x)}): counts per value
 * in an object field, and the inner function sees a value only when it first appears or last disappears.
 */
final class DistinctFunction implements AggregateFunction {
    private final AggregateFunction inner;
    private final int[] arguments;
    private final ValueKind[] kinds;
    private final Row scratch;

    DistinctFunction(AggregateFunction inner, int[] arguments, List<DataType> argumentTypes, int inputArity) {
        this.inner = inner;
        this.arguments = arguments.clone();
        this.kinds = new ValueKind[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            kinds[i] = ValueKind.of(argumentTypes.get(i));
        }
        this.scratch = new Row(inputArity);
    }

    @Override
    public List<DataType> accumulatorFields() {
        List<DataType> fields = new ArrayList<>();
        fields.add(ValueCounts.OBJECT_FIELD);
        fields.addAll(inner.accumulatorFields());
        return fields;
    }

    @Override
    public DataType resultType() {
        return inner.resultType();
    }

    @Override
    public void reset(Row acc, int base) {
        acc.setObject(base, new CountedValues(kinds));
        inner.reset(acc, base + 1);
    }

    private Map<Object, long[]> counts(Row acc, int base) {
        return CountedValues.in(acc, base, kinds);
    }

    /** The arguments' values as one key, or null if one is NULL (aggregates skip such rows). */
    private Object key(Row input) {
        if (arguments.length == 1) {
            return input.isNullAt(arguments[0]) ? null : kinds[0].read(input, arguments[0]);
        }
        List<Object> key = new ArrayList<>(arguments.length);
        for (int i = 0; i < arguments.length; i++) {
            if (input.isNullAt(arguments[i])) {
                return null;
            }
            key.add(kinds[i].read(input, arguments[i]));
        }
        return key;
    }

    @Override
    public void accumulate(Row acc, int base, Row input) {
        Object key = key(input);
        if (key != null && ValueCounts.add(counts(acc, base), key)) {
            inner.accumulate(acc, base + 1, input);
        }
    }

    @Override
    public void retract(Row acc, int base, Row input) {
        Object key = key(input);
        if (key != null && ValueCounts.remove(counts(acc, base), key)) {
            inner.retract(acc, base + 1, input);
        }
    }

    @Override
    public boolean canRetract() {
        return inner.canRetract();
    }

    @Override
    public void merge(Row acc, int base, Row other) {
        Map<Object, long[]> counts = counts(acc, base);
        for (Map.Entry<Object, long[]> e : counts(other, base).entrySet()) {
            if (!counts.containsKey(e.getKey())) {
                writeKey(e.getKey());
                inner.accumulate(acc, base + 1, scratch);
            }
        }
        ValueCounts.addAll(counts, counts(other, base));
    }

    @SuppressWarnings("unchecked")
    private void writeKey(Object key) {
        if (arguments.length == 1) {
            kinds[0].write(key, scratch, arguments[0]);
            return;
        }
        List<Object> values = (List<Object>) key;
        for (int i = 0; i < arguments.length; i++) {
            kinds[i].write(values.get(i), scratch, arguments[i]);
        }
    }

    @Override
    public void writeResult(Row acc, int base, Row target, int position) {
        inner.writeResult(acc, base + 1, target, position);
    }
}
