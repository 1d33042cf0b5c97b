package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Snapshots and restores the keyed state and timers of one operator instance.
 *
 * <p>Each state of the operator is one {@link StateTable} named as the state, each time domain's timers one more
 * ({@code timers.event}, {@code timers.processing}). A table's columns, in order:
 * <ul>
 *   <li>{@code key_group INT NOT NULL}, the key group of the row's key;
 *   <li>the key columns, named and typed as the operator's key fields in its input;
 *   <li>for a {@code MAP} state, the map key's columns; for a {@code LIST} state, {@code element_index INT NOT
 *       NULL}, the element's position in its key's list (from 0); for timers, {@code timestamp BIGINT NOT NULL};
 *   <li>for states, the value's (or list element's) columns.
 * </ul>
 * A name already used (compared ignoring case) gets {@code _1}, {@code _2}, … appended, so a value column {@code k}
 * beside a key column {@code k} is {@code k_1}. Columns have the SQL types of the state's row types; a nested ROW is
 * one column of ROW type; a BYTES field holding an {@link io.weir.runtime.state.EncodableValue} is stored as its
 * encoded bytes, and restored as those bytes for the operator to decode. A value state has one row per key, a map
 * state one per key and map key, a list state one per key and element, a timer table one per timer.
 */
public final class StateSnapshots {
    private StateSnapshots() {
    }

    /**
     * Copies every state and both timer queues of the operator ({@code operatorUid}) into tables, one table each over
     * the backend's whole key-group range; rows are copies the task may write in the background while the operator
     * goes on. Empty list for an unkeyed operator.
     *
     * @throws IllegalStateException naming the operator, state and field if a field holds a value its SQL type
     *     cannot store (e.g. an in-memory structure in a BYTES field that is not an
     *     {@link io.weir.runtime.state.EncodableValue}, whose bytes are stored instead)
     */
    public static List<TableSnapshot> snapshot(String operatorUid, KeyedStateBackend backend,
            HeapTimerService timers) {
        if (!backend.isKeyed()) {
            return List.of();
        }
        RowCopier keys = RowCopier.of(backend.keyType());
        List<TableSnapshot> tables = new ArrayList<>(backend.states().size() + 2);
        for (HeapState state : backend.states().values()) {
            StateTable table = StateTables.of(operatorUid, state, backend.keyType());
            StateCopy copy = new StateCopy(operatorUid, backend, state, keys, table.schema().arity());
            for (int group = backend.firstKeyGroup(); group <= backend.lastKeyGroup(); group++) {
                HashMap<Row, Object> byKey = state.keyGroupMap(group);
                if (byKey != null) {
                    copy.keyGroup = group;
                    // forEach walks the map's table directly: no iterator or entry object per key.
                    byKey.forEach(copy);
                }
            }
            tables.add(new TableSnapshot(table, backend.firstKeyGroup(), backend.lastKeyGroup(), copy.rows));
        }
        tables.add(timers(operatorUid, backend, timers, StateKind.EVENT_TIME_TIMERS, keys));
        tables.add(timers(operatorUid, backend, timers, StateKind.PROCESSING_TIME_TIMERS, keys));
        return tables;
    }

    /**
     * Loads, from the given tables' rows, the rows of the key groups this backend owns into its states (which the
     * operator made in {@code open()}, matched by name and kind) and its timers, registered for their keys. Rows of
     * other key groups are skipped, which is how a restore at another parallelism redistributes key groups; tables
     * of other operators are ignored. Every table is checked before any row is loaded.
     *
     * @throws IllegalStateException naming the operator and state if a state is missing or of another kind, if a
     *     table's columns differ from the state's, if the operator is not keyed, or if a key is not in the key group
     *     its row says (the checkpoint was taken with another number of key groups)
     */
    public static void restore(String operatorUid, KeyedStateBackend backend, HeapTimerService timers,
            Map<StateTable, List<Row>> rowsByTable) {
        StateLoader.load(operatorUid, backend, timers, rowsByTable);
    }

    private static TableSnapshot timers(String operatorUid, KeyedStateBackend backend, HeapTimerService timers,
            StateKind kind, RowCopier keys) {
        StateTable table = StateTables.timers(operatorUid, kind, backend.keyType());
        Collection<Timer> live = timers.liveTimers(
                kind == StateKind.EVENT_TIME_TIMERS ? TimeDomain.EVENT_TIME : TimeDomain.PROCESSING_TIME);
        List<Row> rows = new ArrayList<>(live.size());
        int arity = table.schema().arity();
        int timestampColumn = 1 + keys.arity();
        for (Timer timer : live) {
            Row row = new Row(arity);
            row.setInt(0, timer.keyGroup);
            if (!keys.copyOut(timer.key, row, 1)) {
                throw unstorable(operatorUid, backend, table.name(), "key " + keys.mismatch(timer.key));
            }
            row.setLong(timestampColumn, timer.timestamp);
            rows.add(row);
        }
        return new TableSnapshot(table, backend.firstKeyGroup(), backend.lastKeyGroup(), rows);
    }

    private static IllegalStateException unstorable(String operatorUid, KeyedStateBackend backend, String stateName,
            String mismatch) {
        return new IllegalStateException("cannot checkpoint operator '" + backend.operatorName() + "' (uid '"
                + operatorUid + "'): in state '" + stateName + "', " + mismatch
                + "; a checkpoint stores a state's fields only as their SQL types, so an in-memory structure in a "
                + "BYTES field must implement EncodableValue (or live in a MapState)");
    }

    /**
     * Copies the keys and values of one state, key group by key group, into rows of its table: the visitor
     * {@link HashMap#forEach} calls per key, reused for every key.
     */
    private static final class StateCopy implements BiConsumer<Row, Object> {
        final List<Row> rows;
        int keyGroup;
        private final String operatorUid;
        private final KeyedStateBackend backend;
        private final HeapState state;
        private final StateKind kind;
        private final RowCopier keys;
        private final RowCopier mapKeys;
        private final RowCopier values;
        private final int arity;
        private final MapEntryCopy entries = new MapEntryCopy();
        private Row currentKey;

        StateCopy(String operatorUid, KeyedStateBackend backend, HeapState state, RowCopier keys, int arity) {
            this.operatorUid = operatorUid;
            this.backend = backend;
            this.state = state;
            this.kind = state.kind();
            this.keys = keys;
            StateDescriptor descriptor = state.descriptor();
            this.mapKeys = descriptor.mapKeyType() == null ? null : RowCopier.of(descriptor.mapKeyType());
            this.values = RowCopier.of(descriptor.valueType());
            this.arity = arity;
            // At least one row per key; a map or list state's keys hold more, and the list grows for those.
            this.rows = new ArrayList<>((int) Math.min(Integer.MAX_VALUE - 8, state.keyCount()));
        }

        @Override
        @SuppressWarnings("unchecked")
        public void accept(Row key, Object value) {
            switch (kind) {
                case VALUE:
                    Row row = keyed(key);
                    copyValue((Row) value, row, 1 + keys.arity());
                    rows.add(row);
                    break;
                case MAP:
                    currentKey = key;
                    ((HashMap<Row, Row>) value).forEach(entries);
                    break;
                default:
                    ArrayList<Row> list = (ArrayList<Row>) value;
                    int indexColumn = 1 + keys.arity();
                    for (int i = 0; i < list.size(); i++) {
                        Row element = keyed(key);
                        element.setInt(indexColumn, i);
                        copyValue(list.get(i), element, indexColumn + 1);
                        rows.add(element);
                    }
                    break;
            }
        }

        /** A new row of the table with its key group and key columns set. */
        private Row keyed(Row key) {
            Row row = new Row(arity);
            row.setInt(0, keyGroup);
            if (!keys.copyOut(key, row, 1)) {
                throw unstorable(operatorUid, backend, state.descriptor().name(), "key " + keys.mismatch(key));
            }
            return row;
        }

        private void copyValue(Row value, Row row, int offset) {
            if (!values.copyOut(value, row, offset)) {
                throw unstorable(operatorUid, backend, state.descriptor().name(), values.mismatch(value));
            }
        }

        /** The visitor of one key's map of a map state. */
        private final class MapEntryCopy implements BiConsumer<Row, Row> {
            @Override
            public void accept(Row mapKey, Row value) {
                Row row = keyed(currentKey);
                int mapKeyColumn = 1 + keys.arity();
                if (!mapKeys.copyOut(mapKey, row, mapKeyColumn)) {
                    throw unstorable(operatorUid, backend, state.descriptor().name(),
                            "map key " + mapKeys.mismatch(mapKey));
                }
                copyValue(value, row, mapKeyColumn + mapKeys.arity());
                rows.add(row);
            }
        }
    }
}
