package io.weir.runtime.internal.state;

import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.state.MapState;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The heap state of one operator instance over the key groups its subtask owns, and its current key.
 *
 * <p>The current key is a reusable probe row filled from each input row's key fields, so a lookup allocates nothing;
 * a state copies it only when it inserts a key it has not seen. Keys handed in by timers are already the stored
 * copies, which are never modified, so they are shared rather than copied again. Used by one thread.
 */
public final class KeyedStateBackend {
    private static final Row NO_KEY = new Row(0);

    private final String operatorName;
    private final int[] keyFields;
    private final RowType keyType;
    private final KeyHasher hasher;
    private final int maxParallelism;
    private final int firstKeyGroup;
    private final int lastKeyGroup;
    private final Row probe;
    private final Map<String, HeapState> states = new LinkedHashMap<>();
    private final SnapshotVersions versions = new SnapshotVersions();
    private Row currentKey;
    private int currentKeyGroup;
    private boolean currentKeyIsProbe;

    private KeyedStateBackend(String operatorName, int[] keyFields, RowType keyType, KeyHasher hasher,
            int maxParallelism, int firstKeyGroup, int lastKeyGroup) {
        this.operatorName = operatorName;
        this.keyFields = keyFields;
        this.keyType = keyType;
        this.hasher = hasher;
        this.maxParallelism = maxParallelism;
        this.firstKeyGroup = firstKeyGroup;
        this.lastKeyGroup = lastKeyGroup;
        this.probe = keyFields == null ? NO_KEY : new Row(keyFields.length);
        this.currentKey = keyFields == null ? NO_KEY : null;
        this.currentKeyGroup = firstKeyGroup;
    }

    /**
     * The backend of a keyed operator whose input rows have type {@code inputType}, over the key groups subtask
     * {@code subtask} of {@code parallelism} owns.
     */
    public static KeyedStateBackend keyed(String operatorName, RowType inputType, List<Integer> keyFields,
            int maxParallelism, int subtask, int parallelism) {
        KeyGroups.checkParallelism(parallelism, maxParallelism);
        int[] fields = new int[keyFields.size()];
        List<DataType.Field> keyColumns = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            fields[i] = keyFields.get(i);
            keyColumns.add(inputType.fields().get(fields[i]));
        }
        return new KeyedStateBackend(operatorName, fields, new RowType(keyColumns), KeyHasher.of(inputType, keyFields),
                maxParallelism,
                KeyGroups.firstKeyGroup(subtask, maxParallelism, parallelism),
                KeyGroups.lastKeyGroup(subtask, maxParallelism, parallelism));
    }

    /** The backend of an unkeyed operator: it refuses state, and its one key is the empty row. */
    public static KeyedStateBackend unkeyed(String operatorName, int maxParallelism) {
        return new KeyedStateBackend(operatorName, null, new RowType(List.of()), null, maxParallelism, 0, 0);
    }

    public boolean isKeyed() {
        return keyFields != null;
    }

    /** The operator's name, as its errors quote it. */
    public String operatorName() {
        return operatorName;
    }

    /** The key fields of the input type, in key order (no fields when unkeyed): the key columns of snapshots. */
    public RowType keyType() {
        return keyType;
    }

    public int maxParallelism() {
        return maxParallelism;
    }

    public int firstKeyGroup() {
        return firstKeyGroup;
    }

    public int lastKeyGroup() {
        return lastKeyGroup;
    }

    /** Makes the key fields of {@code inputRow} the current key; allocates nothing. No-op when unkeyed. */
    public void setCurrentKeyOf(Row inputRow) {
        if (keyFields == null) {
            return;
        }
        Row key = probe;
        for (int i = 0; i < keyFields.length; i++) {
            inputRow.copyField(keyFields[i], key, i);
        }
        int group = KeyGroups.keyGroupOf(hasher.hash(inputRow), maxParallelism);
        if (group < firstKeyGroup || group > lastKeyGroup) {
            throw new IllegalStateException("operator '" + operatorName + "' received key " + key + " of key group "
                    + group + ", outside its key groups " + firstKeyGroup + "-" + lastKeyGroup
                    + "; its input is not partitioned by its key");
        }
        currentKey = key;
        currentKeyGroup = group;
        currentKeyIsProbe = true;
    }

    /** Makes a stored key (one this backend handed out, e.g. a timer's) the current key. */
    public void setCurrentKey(Row storedKey, int keyGroup) {
        if (keyFields == null) {
            return;
        }
        currentKey = storedKey;
        currentKeyGroup = keyGroup;
        currentKeyIsProbe = false;
    }

    /** Forgets the current key, as before the first row; after a restore, which sets keys to register timers. */
    void clearCurrentKey() {
        if (keyFields != null) {
            currentKey = null;
            currentKeyIsProbe = false;
        }
    }

    public Row currentKey() {
        return currentKey;
    }

    public int currentKeyGroup() {
        return currentKeyGroup;
    }

    /**
     * The current key as a row a state or timer may keep: a copy of the probe, or the stored key itself. The copy
     * becomes the current key, so every state and timer that stores this key before the next one shares it.
     */
    Row currentKeyToStore() {
        if (currentKeyIsProbe) {
            currentKey = currentKey.copy();
            currentKeyIsProbe = false;
        }
        return currentKey;
    }

    /** The index of the current key group within this backend's range. */
    int currentKeyGroupIndex() {
        if (currentKey == null) {
            throw new IllegalStateException("operator '" + operatorName + "' used state before any key was set");
        }
        return currentKeyGroup - firstKeyGroup;
    }

    /** The versions of this backend's states and timers and of their live snapshots. */
    SnapshotVersions versions() {
        return versions;
    }

    /**
     * The version of the last snapshot right after it was taken ({@link StateSnapshots#snapshot}); an incremental
     * snapshot builds on it once that snapshot's checkpoint is committed.
     */
    public int currentVersion() {
        return versions.current();
    }

    /** How many values the task copied because a live snapshot shared them; on the task thread, for tests. */
    public long copiesForSnapshots() {
        return versions.copies();
    }

    /** The number of snapshots taken but not yet released; for tests. */
    public int liveSnapshots() {
        return versions.liveCount();
    }

    int keyGroupCount() {
        return lastKeyGroup - firstKeyGroup + 1;
    }

    public ValueState valueState(String name, RowType valueType) {
        return state(name, HeapValueState.class, new StateDescriptor(name, null, valueType),
                () -> new HeapValueState(this, new StateDescriptor(name, null, valueType)));
    }

    public MapState mapState(String name, RowType mapKeyType, RowType valueType) {
        return state(name, HeapMapState.class, new StateDescriptor(name, mapKeyType, valueType),
                () -> new HeapMapState(this, new StateDescriptor(name, mapKeyType, valueType)));
    }

    public ListState listState(String name, RowType elementType) {
        return state(name, HeapListState.class, new StateDescriptor(name, null, elementType),
                () -> new HeapListState(this, new StateDescriptor(name, null, elementType)));
    }

    /** Every state made so far, by name, in the order made; for snapshots and size measurements. */
    public Map<String, HeapState> states() {
        return java.util.Collections.unmodifiableMap(states);
    }

    private <S extends HeapState> S state(String name, Class<S> kind, StateDescriptor descriptor,
            java.util.function.Supplier<S> factory) {
        if (keyFields == null) {
            throw new IllegalStateException("operator '" + operatorName + "' asked for state '" + name
                    + "' but is not keyed; give its OperatorSpec key fields and a HASH input on them");
        }
        HeapState existing = states.get(name);
        if (existing == null) {
            S made = factory.get();
            states.put(name, made);
            return made;
        }
        if (!kind.isInstance(existing) || !existing.descriptor().equals(descriptor)) {
            throw new IllegalStateException("operator '" + operatorName + "' asked for state '" + name + "' as "
                    + descriptor + " but it exists as " + existing.descriptor());
        }
        return kind.cast(existing);
    }

    /** Copies field {@code from} of {@code source} into field {@code to} of {@code target}, whatever its slot. */
}
