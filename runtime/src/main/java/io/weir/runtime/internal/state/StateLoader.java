package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Loads the rows of an operator's state tables into its backend and timers; see {@link StateSnapshots#restore}. */
final class StateLoader {
    private final String operatorUid;
    private final KeyedStateBackend backend;
    private final HeapTimerService timers;
    private final RowCopier keys;
    private final KeyHasher keyHasher;
    // One row per distinct key, shared by every state and timer of that key, as the backend itself shares them.
    private final HashMap<Row, Row> canonicalKeys = new HashMap<>();
    private final Row probe;

    private StateLoader(String operatorUid, KeyedStateBackend backend, HeapTimerService timers) {
        this.operatorUid = operatorUid;
        this.backend = backend;
        this.timers = timers;
        RowType keyType = backend.keyType();
        this.keys = RowCopier.of(keyType);
        List<Integer> keyFields = new ArrayList<>(keyType.arity());
        for (int i = 0; i < keyType.arity(); i++) {
            keyFields.add(i);
        }
        this.keyHasher = KeyHasher.of(keyType, keyFields);
        this.probe = new Row(keyType.arity());
    }

    static void load(String operatorUid, KeyedStateBackend backend, HeapTimerService timers,
            Map<StateTable, List<StateSnapshots.RestoredFile>> filesByTable) {
        List<StateTable> tables = new ArrayList<>();
        for (StateTable table : filesByTable.keySet()) {
            if (table.operatorUid().equals(operatorUid)) {
                check(operatorUid, backend, table);
                tables.add(table);
            }
        }
        StateLoader loader = new StateLoader(operatorUid, backend, timers);
        for (StateTable table : tables) {
            for (StateSnapshots.RestoredFile file : filesByTable.get(table)) {
                loader.load(table, file.content() == StateFile.Content.DELTA, file.rows());
            }
        }
        backend.clearCurrentKey();
    }

    /** Checks that the operator has a state (or timers) that {@code table} fits. */
    private static void check(String operatorUid, KeyedStateBackend backend, StateTable table) {
        String operator = "operator '" + backend.operatorName() + "' (uid '" + operatorUid + "')";
        if (!backend.isKeyed()) {
            throw new IllegalStateException(operator + " is not keyed, but the checkpoint holds its "
                    + table.kind() + " table '" + table.name() + "'");
        }
        StateTable expected;
        switch (table.kind()) {
            case VALUE:
            case MAP:
            case LIST:
                HeapState state = backend.states().get(table.name());
                if (state == null) {
                    throw new IllegalStateException(operator + " has no state '" + table.name()
                            + "', which the checkpoint holds; its states are " + backend.states().keySet()
                            + " (the operator differs from the one checkpointed)");
                }
                if (state.kind() != table.kind()) {
                    throw new IllegalStateException("state '" + table.name() + "' of " + operator + " is a "
                            + state.kind() + " state, but the checkpoint holds a " + table.kind() + " state");
                }
                expected = StateTables.of(operatorUid, state, backend.keyType());
                break;
            case EVENT_TIME_TIMERS:
            case PROCESSING_TIME_TIMERS:
                expected = StateTables.timers(operatorUid, table.kind(), backend.keyType());
                break;
            default:
                throw new IllegalStateException("table '" + table.name() + "' of " + operator + " holds "
                        + table.kind() + " rows, which are not keyed state");
        }
        if (!StateTables.sameColumns(expected.schema(), table.schema())) {
            throw new IllegalStateException("state '" + table.name() + "' of " + operator + " has columns "
                    + expected.schema().fields() + ", but the checkpoint's has " + table.schema().fields());
        }
    }

    /**
     * Applies one file's rows; a delta's start with the deletion marker: a tombstone removes its key (its timer), and
     * the rows of a key replace every row the key had before.
     */
    private void load(StateTable table, boolean delta, List<Row> rows) {
        int offset = delta ? 1 : 0;
        switch (table.kind()) {
            case VALUE:
                loadValues(table, backend.states().get(table.name()), delta, offset, rows);
                break;
            case MAP:
                loadMaps(table, backend.states().get(table.name()), delta, offset, rows);
                break;
            case LIST:
                loadLists(table, backend.states().get(table.name()), delta, offset, rows);
                break;
            default:
                loadTimers(table, delta, offset, rows);
                break;
        }
    }

    private static boolean isTombstone(boolean delta, Row row) {
        return delta && row.getBoolean(0);
    }

    private void loadValues(StateTable table, HeapState state, boolean delta, int offset, List<Row> rows) {
        RowCopier values = RowCopier.of(state.descriptor().valueType());
        int valueColumn = offset + 1 + keys.arity();
        for (Row row : rows) {
            int group = row.getInt(offset);
            if (owns(group)) {
                Row key = key(table, row, group, offset);
                if (isTombstone(delta, row)) {
                    state.keyGroupMapToFill(group).remove(key);
                } else {
                    Row value = new Row(values.arity());
                    values.copyIn(row, valueColumn, value);
                    state.keyGroupMapToFill(group).put(key, value, null);
                }
            }
        }
    }

    /**
     * Whether the key's rows in a delta replace what it had: on the first of its rows in the file, the key's value is
     * removed so the rows that follow build it anew.
     */
    private static void replaceOnFirstRow(boolean delta, HashSet<Row> replaced, CopyOnWriteStateMap byKey, Row key) {
        if (delta && replaced.add(key)) {
            byKey.remove(key);
        }
    }

    @SuppressWarnings("unchecked")
    private void loadMaps(StateTable table, HeapState state, boolean delta, int offset, List<Row> rows) {
        RowCopier mapKeys = RowCopier.of(state.descriptor().mapKeyType());
        RowCopier values = RowCopier.of(state.descriptor().valueType());
        int mapKeyColumn = offset + 1 + keys.arity();
        int valueColumn = mapKeyColumn + mapKeys.arity();
        HashSet<Row> replaced = new HashSet<>();
        for (Row row : rows) {
            int group = row.getInt(offset);
            if (owns(group)) {
                CopyOnWriteStateMap byKey = state.keyGroupMapToFill(group);
                Row key = key(table, row, group, offset);
                if (isTombstone(delta, row)) {
                    byKey.remove(key);
                    continue;
                }
                replaceOnFirstRow(delta, replaced, byKey, key);
                HashMap<Row, Row> map = (HashMap<Row, Row>) byKey.get(key);
                if (map == null) {
                    map = new HashMap<>();
                    byKey.put(key, map, null);
                }
                Row mapKey = new Row(mapKeys.arity());
                mapKeys.copyIn(row, mapKeyColumn, mapKey);
                Row value = new Row(values.arity());
                values.copyIn(row, valueColumn, value);
                map.put(mapKey, value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void loadLists(StateTable table, HeapState state, boolean delta, int offset, List<Row> rows) {
        RowCopier values = RowCopier.of(state.descriptor().valueType());
        int indexColumn = offset + 1 + keys.arity();
        HashSet<Row> replaced = new HashSet<>();
        for (Row row : rows) {
            int group = row.getInt(offset);
            if (owns(group)) {
                CopyOnWriteStateMap byKey = state.keyGroupMapToFill(group);
                Row key = key(table, row, group, offset);
                if (isTombstone(delta, row)) {
                    byKey.remove(key);
                    continue;
                }
                replaceOnFirstRow(delta, replaced, byKey, key);
                ArrayList<Row> list = (ArrayList<Row>) byKey.get(key);
                if (list == null) {
                    list = new ArrayList<>(4);
                    byKey.put(key, list, null);
                }
                int index = row.getInt(indexColumn);
                // Elements normally come in order; tolerate any order, and check for gaps once all are in.
                while (list.size() <= index) {
                    list.add(null);
                }
                Row value = new Row(values.arity());
                values.copyIn(row, indexColumn + 1, value);
                list.set(index, value);
            }
        }
        checkNoGaps(table, state);
    }

    @SuppressWarnings("unchecked")
    private void checkNoGaps(StateTable table, HeapState state) {
        for (int group = backend.firstKeyGroup(); group <= backend.lastKeyGroup(); group++) {
            state.forEach(group, (key, value) -> {
                int gap = ((ArrayList<Row>) value).indexOf(null);
                if (gap >= 0) {
                    throw new IllegalStateException("list state '" + table.name() + "' of operator '"
                            + backend.operatorName() + "' (uid '" + operatorUid + "') lacks element " + gap
                            + " of key " + key + " in the checkpoint");
                }
            });
        }
    }

    private void loadTimers(StateTable table, boolean delta, int offset, List<Row> rows) {
        int timestampColumn = offset + 1 + keys.arity();
        boolean eventTime = table.kind() == StateKind.EVENT_TIME_TIMERS;
        for (Row row : rows) {
            int group = row.getInt(offset);
            if (owns(group)) {
                backend.setCurrentKey(key(table, row, group, offset), group);
                long timestamp = row.getLong(timestampColumn);
                boolean tombstone = isTombstone(delta, row);
                if (eventTime) {
                    if (tombstone) {
                        timers.deleteEventTimeTimer(timestamp);
                    } else {
                        timers.registerEventTimeTimer(timestamp);
                    }
                } else if (tombstone) {
                    timers.deleteProcessingTimeTimer(timestamp);
                } else {
                    timers.registerProcessingTimeTimer(timestamp);
                }
            }
        }
    }

    private boolean owns(int keyGroup) {
        return keyGroup >= backend.firstKeyGroup() && keyGroup <= backend.lastKeyGroup();
    }

    /** The stored key of the row's key columns, checked to belong to key group {@code group} when first seen. */
    private Row key(StateTable table, Row row, int group, int offset) {
        keys.copyIn(row, offset + 1, probe);
        Row key = canonicalKeys.get(probe);
        if (key == null) {
            key = probe.copy();
            int actual = KeyGroups.keyGroupOf(keyHasher.hash(key), backend.maxParallelism());
            if (actual != group) {
                throw new IllegalStateException("state '" + table.name() + "' of operator '" + backend.operatorName()
                        + "' (uid '" + operatorUid + "') has key " + key + " in key group " + group
                        + ", but the key belongs to key group " + actual + " of " + backend.maxParallelism()
                        + "; the checkpoint was taken with another max parallelism");
            }
            canonicalKeys.put(key, key);
        }
        return key;
    }
}
