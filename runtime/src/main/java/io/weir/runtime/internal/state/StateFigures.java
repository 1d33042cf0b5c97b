package io.weir.runtime.internal.state;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The size of an operator's keyed state as monitoring shows it: its rows (one per key of each state; a map or list
 * state's key counts once, whatever it holds) and an estimate of its bytes on the heap, the mean size of a sample of
 * at most {@value #SAMPLE_ENTRIES} entries per state times its keys. Measured on the task's thread, which owns the
 * state; a measurement reads about a hundred objects whatever the state's size.
 */
public final class StateFigures {
    static final int SAMPLE_ENTRIES = 32;
    /** Elements of one map or list value that are measured; the others are taken to be of their mean size. */
    private static final int SAMPLE_ELEMENTS = 8;
    /** A map entry of {@link CopyOnWriteStateMap}: its object and its slot in the bucket array. */
    private static final long ENTRY_BYTES = 36;
    private static final long OBJECT_BYTES = 16;

    private StateFigures() {
    }

    /** The keys held, summed over the backend's states. */
    public static long rows(KeyedStateBackend backend) {
        long rows = 0;
        for (HeapState state : backend.states().values()) {
            rows += state.keyCount();
        }
        return rows;
    }

    /** An estimate of the bytes the backend's states take on the heap; see the class comment. */
    public static long estimateBytes(KeyedStateBackend backend) {
        long bytes = 0;
        for (HeapState state : backend.states().values()) {
            long keys = state.keyCount();
            if (keys == 0) {
                continue;
            }
            long[] sample = new long[2];
            // Spread over the key groups: a few entries from each until the sample is full.
            int perGroup = Math.max(1, SAMPLE_ENTRIES / backend.keyGroupCount());
            for (int group = backend.firstKeyGroup(); group <= backend.lastKeyGroup()
                    && sample[0] < SAMPLE_ENTRIES; group++) {
                state.visit(group, perGroup, (key, value) -> {
                    sample[0]++;
                    sample[1] += ENTRY_BYTES + sizeOf(key) + sizeOf(value);
                });
            }
            if (sample[0] > 0) {
                bytes += keys * (sample[1] / sample[0]);
            }
        }
        return bytes;
    }

    /** The estimated heap size of a state's key or value, and of what it references, on a 64-bit JVM. */
    static long sizeOf(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Row) {
            Row row = (Row) value;
            int arity = row.arity();
            // The row and its three arrays: longs, objects (compressed references) and null flags.
            long bytes = OBJECT_BYTES + 3 * OBJECT_BYTES + 13L * arity;
            for (int i = 0; i < arity; i++) {
                if (!row.isNullAt(i)) {
                    Object field = row.getObject(i);
                    bytes += field == null ? 0 : sizeOf(field);
                }
            }
            return bytes;
        }
        if (value instanceof String) {
            return 40 + ((String) value).length();
        }
        if (value instanceof byte[]) {
            return OBJECT_BYTES + ((byte[]) value).length;
        }
        if (value instanceof BigDecimal) {
            return 40;
        }
        if (value instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) value;
            return 48 + sampled(map.entrySet(), map.size(), 36);
        }
        if (value instanceof Collection) {
            Collection<?> list = (Collection<?>) value;
            return 40 + sampled(list, list.size(), 4);
        }
        return OBJECT_BYTES;
    }

    /** The size of {@code size} elements from that of the first few, each with {@code overhead} bytes. */
    private static long sampled(Collection<?> elements, int size, long overhead) {
        long measured = 0;
        int count = 0;
        for (Object element : elements) {
            if (count == SAMPLE_ELEMENTS) {
                break;
            }
            if (element instanceof Map.Entry) {
                Map.Entry<?, ?> entry = (Map.Entry<?, ?>) element;
                measured += sizeOf(entry.getKey()) + sizeOf(entry.getValue());
            } else {
                measured += sizeOf(element);
            }
            count++;
        }
        return count == 0 ? 0 : size * (overhead + measured / count);
    }
}
