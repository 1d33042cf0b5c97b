package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One named state of an operator on the heap: per key group of the backend's range, a {@link CopyOnWriteStateMap}
 * from key to the key's value (a row, a map of rows or a list of rows). A snapshot freezes the maps of its key groups
 * and reads them later; the task copies what it changes meanwhile.
 */
public abstract class HeapState {
    final KeyedStateBackend backend;
    private final StateDescriptor descriptor;
    private final CopyOnWriteStateMap[] byKeyGroup;
    /** Deep-copies value rows when a live snapshot shares them; see {@link #copyValue}. */
    final RowCopier values;
    private final RemovalLog removals = new RemovalLog();

    HeapState(KeyedStateBackend backend, StateDescriptor descriptor) {
        this.backend = backend;
        this.descriptor = descriptor;
        this.byKeyGroup = new CopyOnWriteStateMap[backend.keyGroupCount()];
        this.values = RowCopier.of(descriptor.valueType());
    }

    public StateDescriptor descriptor() {
        return descriptor;
    }

    /** What a snapshot of this state holds: {@code VALUE}, {@code MAP} or {@code LIST}. */
    public abstract StateKind kind();

    /**
     * A copy of {@code value} (a key's value in this state) that shares nothing the operator may change in place with
     * it, given to the task when a live snapshot shares {@code value}.
     */
    abstract Object copyValue(Object value);

    /** The map of key group {@code keyGroup}, or {@code null} if it never held a key; for snapshots. */
    final CopyOnWriteStateMap keyGroupMap(int keyGroup) {
        return byKeyGroup[keyGroup - backend.firstKeyGroup()];
    }

    /** The map of key group {@code keyGroup}, made if missing; for restores. */
    final CopyOnWriteStateMap keyGroupMapToFill(int keyGroup) {
        int index = keyGroup - backend.firstKeyGroup();
        CopyOnWriteStateMap map = byKeyGroup[index];
        if (map == null) {
            map = new CopyOnWriteStateMap(backend.versions());
            byKeyGroup[index] = map;
        }
        return map;
    }

    /** The keys of key group {@code keyGroup} that hold a value, in no particular order; for tests. */
    public List<Row> keys(int keyGroup) {
        CopyOnWriteStateMap map = byKeyGroup[keyGroup - backend.firstKeyGroup()];
        List<Row> keys = new ArrayList<>();
        if (map != null) {
            map.forEach((key, value) -> keys.add(key));
        }
        return keys;
    }

    /** Visits the keys and values of key group {@code keyGroup}; not for the hot path. */
    final void forEach(int keyGroup, BiConsumer<Row, Object> visitor) {
        CopyOnWriteStateMap map = byKeyGroup[keyGroup - backend.firstKeyGroup()];
        if (map != null) {
            map.forEach(visitor);
        }
    }

    /**
     * Visits at most {@code max} keys and values of key group {@code keyGroup}; returns how many. Not for the hot
     * path.
     */
    final int visit(int keyGroup, int max, BiConsumer<Row, Object> visitor) {
        CopyOnWriteStateMap map = byKeyGroup[keyGroup - backend.firstKeyGroup()];
        return map == null ? 0 : map.visit(max, visitor);
    }

    /** The number of keys this state holds a value for. */
    public long keyCount() {
        long keys = 0;
        for (CopyOnWriteStateMap map : byKeyGroup) {
            if (map != null) {
                keys += map.size();
            }
        }
        return keys;
    }

    /** The current key's value, or {@code null}, which the caller may change in place. */
    final Object current() {
        CopyOnWriteStateMap map = byKeyGroup[backend.currentKeyGroupIndex()];
        return map == null ? null : map.getForUpdate(backend.currentKey(), this);
    }

    /** The current key's value, or {@code null}, which the caller only reads. */
    final Object currentToRead() {
        CopyOnWriteStateMap map = byKeyGroup[backend.currentKeyGroupIndex()];
        return map == null ? null : map.get(backend.currentKey());
    }

    /** Sets the current key's value, copying the key only if the key is new to this state. */
    final void setCurrent(Object value) {
        int index = backend.currentKeyGroupIndex();
        CopyOnWriteStateMap map = byKeyGroup[index];
        if (map == null) {
            map = new CopyOnWriteStateMap(backend.versions());
            byKeyGroup[index] = map;
        }
        map.put(backend.currentKey(), value, backend);
    }

    final void removeCurrent() {
        CopyOnWriteStateMap map = byKeyGroup[backend.currentKeyGroupIndex()];
        if (map != null) {
            Row removed = map.remove(backend.currentKey());
            SnapshotVersions versions = backend.versions();
            if (removed != null && versions.tracksRemovals()) {
                removals.add(removed, backend.currentKeyGroup(), versions.current());
            }
        }
    }

    /** The keys removed since the last committed checkpoint, when the backend tracks removals. */
    final RemovalLog removals() {
        return removals;
    }

    /** A deep copy of a value row of this state, in which an encodable structure is replaced by its bytes. */
    final Row copyRow(Row row) {
        return values.copy(row);
    }
}
