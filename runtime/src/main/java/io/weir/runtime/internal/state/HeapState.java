package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.row.Row;
import java.util.HashMap;
import java.util.Map;

/**
 * One named state of an operator on the heap: per key group of the backend's range, a hash map from key to the
 * key's value ({@code V}: a row, a map of rows or a list of rows). A snapshot of key groups {@code a..b} reads the
 * maps of those groups only.
 */
public abstract class HeapState {
    final KeyedStateBackend backend;
    private final StateDescriptor descriptor;
    private final HashMap<Row, Object>[] byKeyGroup;

    @SuppressWarnings("unchecked")
    HeapState(KeyedStateBackend backend, StateDescriptor descriptor) {
        this.backend = backend;
        this.descriptor = descriptor;
        this.byKeyGroup = new HashMap[backend.keyGroupCount()];
    }

    public StateDescriptor descriptor() {
        return descriptor;
    }

    /** What a snapshot of this state holds: {@code VALUE}, {@code MAP} or {@code LIST}. */
    public abstract StateKind kind();

    /** The map of key group {@code keyGroup}, or {@code null} if it never held a key; for snapshots. */
    final HashMap<Row, Object> keyGroupMap(int keyGroup) {
        return byKeyGroup[keyGroup - backend.firstKeyGroup()];
    }

    /** The map of key group {@code keyGroup}, made if missing; for restores. */
    final HashMap<Row, Object> keyGroupMapToFill(int keyGroup) {
        int index = keyGroup - backend.firstKeyGroup();
        HashMap<Row, Object> map = byKeyGroup[index];
        if (map == null) {
            map = new HashMap<>();
            byKeyGroup[index] = map;
        }
        return map;
    }

    /** The keys and values of key group {@code keyGroup} (empty if it holds none); for snapshots. */
    public Map<Row, Object> keyGroup(int keyGroup) {
        HashMap<Row, Object> map = byKeyGroup[keyGroup - backend.firstKeyGroup()];
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(map);
    }

    /** The number of keys this state holds a value for. */
    public long keyCount() {
        long keys = 0;
        for (HashMap<Row, Object> map : byKeyGroup) {
            if (map != null) {
                keys += map.size();
            }
        }
        return keys;
    }

    /** The current key's value, or {@code null}. */
    final Object current() {
        HashMap<Row, Object> map = byKeyGroup[backend.currentKeyGroupIndex()];
        return map == null ? null : map.get(backend.currentKey());
    }

    /** Sets the current key's value, copying the key only if the key is new to this state. */
    final void setCurrent(Object value) {
        int index = backend.currentKeyGroupIndex();
        HashMap<Row, Object> map = byKeyGroup[index];
        if (map == null) {
            map = new HashMap<>();
            byKeyGroup[index] = map;
        }
        // replace() finds an existing key without allocating; only a new key is copied out of the probe.
        if (map.replace(backend.currentKey(), value) == null) {
            map.put(backend.currentKeyToStore(), value);
        }
    }

    final void removeCurrent() {
        HashMap<Row, Object> map = byKeyGroup[backend.currentKeyGroupIndex()];
        if (map != null) {
            map.remove(backend.currentKey());
        }
    }
}
