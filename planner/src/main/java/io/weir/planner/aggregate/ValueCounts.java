package io.weir.planner.aggregate;

import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.util.Map;

/**
 * Counts per value, the part of an accumulator that lets MIN, MAX and DISTINCT retract. It lives in an object field
 * of the accumulator row, declared BYTES: the field's serialized form when state is written to a snapshot.
 */
final class ValueCounts {
    /** The declared type of an accumulator field holding an in-memory structure. */
    static final DataType OBJECT_FIELD = DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH);

    private ValueCounts() {
    }

    /** Adds one occurrence of {@code value}; whether it is the first. */
    static boolean add(Map<Object, long[]> counts, Object value) {
        long[] count = counts.get(value);
        if (count == null) {
            counts.put(value, new long[] {1});
            return true;
        }
        count[0]++;
        return false;
    }

    /** Removes one occurrence of {@code value}; whether it was the last (a value never added is ignored). */
    static boolean remove(Map<Object, long[]> counts, Object value) {
        long[] count = counts.get(value);
        if (count == null) {
            return false;
        }
        if (--count[0] <= 0) {
            counts.remove(value);
            return true;
        }
        return false;
    }

    /** Adds every occurrence of {@code other} into {@code counts}. */
    static void addAll(Map<Object, long[]> counts, Map<Object, long[]> other) {
        for (Map.Entry<Object, long[]> e : other.entrySet()) {
            long[] count = counts.get(e.getKey());
            if (count == null) {
                counts.put(e.getKey(), new long[] {e.getValue()[0]});
            } else {
                count[0] += e.getValue()[0];
            }
        }
    }
}
