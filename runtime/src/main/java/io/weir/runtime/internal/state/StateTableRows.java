package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of one state's table in a snapshot, made while they are read: walks the frozen bucket arrays of the
 * state's key groups and copies each key and value (each map entry, each list element) into one reused row. Reads
 * only what a live snapshot keeps frozen, so any thread may iterate while the task goes on.
 *
 * <p>For a delta on a base snapshot of version {@code b}, the rows start with the deletion marker: first a tombstone
 * for every key removed at version {@code b} or later, then the rows of every key whose value changed at {@code b} or
 * later (its whole value: every map entry, every list element).
 */
final class StateTableRows implements Iterable<Row> {
    private final String operatorUid;
    private final KeyedStateBackend backend;
    private final String stateName;
    private final StateKind kind;
    private final int firstKeyGroup;
    private final CopyOnWriteStateMap.Entry[][] buckets;
    private final RowCopier keys;
    private final RowCopier mapKeys;
    private final RowCopier values;
    private final int arity;
    /** 1 for a delta, whose first column is the marker; else 0. */
    private final int offset;
    private final int baseVersion;
    private final RemovalLog.View removed;

    /**
     * @param arity the table's columns
     * @param buckets per key group from {@code firstKeyGroup}, the frozen buckets of its map, or {@code null}
     * @param baseVersion for a delta, the base snapshot's version; 0 for every row
     * @param removed for a delta, the state's removals up to the snapshot; {@code null} for every row
     */
    StateTableRows(String operatorUid, KeyedStateBackend backend, HeapState state, int arity,
            CopyOnWriteStateMap.Entry[][] buckets, int baseVersion, RemovalLog.View removed) {
        this.operatorUid = operatorUid;
        this.backend = backend;
        this.stateName = state.descriptor().name();
        this.kind = state.kind();
        this.firstKeyGroup = backend.firstKeyGroup();
        this.buckets = buckets;
        this.keys = RowCopier.of(backend.keyType());
        StateDescriptor descriptor = state.descriptor();
        this.mapKeys = descriptor.mapKeyType() == null ? null : RowCopier.of(descriptor.mapKeyType());
        this.values = RowCopier.of(descriptor.valueType());
        this.offset = removed == null ? 0 : 1;
        this.arity = arity + offset;
        this.baseVersion = baseVersion;
        this.removed = removed;
    }

    @Override
    public Iterator<Row> iterator() {
        return new Rows();
    }

    /**
     * Walks the tombstones, then key group by key group, bucket by bucket, entry by entry, and within an entry its
     * map or list.
     */
    private final class Rows implements Iterator<Row> {
        private final Row row = new Row(arity);
        private int tombstone = nextTombstone(0);
        private int group = -1;
        private int bucket;
        private CopyOnWriteStateMap.Entry entry;
        /** Whether the row holds the next one, not yet returned. */
        private boolean ready;
        private boolean valueDone;
        private Iterator<Map.Entry<Row, Row>> mapEntries;
        private ArrayList<Row> list;
        private int element;

        @Override
        public boolean hasNext() {
            if (!ready) {
                ready = advance();
            }
            return ready;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            return row;
        }

        private int nextTombstone(int from) {
            if (removed == null) {
                return 0;
            }
            int i = from;
            while (i < removed.size() && removed.versions()[i] < baseVersion) {
                i++;
            }
            return i;
        }

        /** Fills the row with the next one; {@code false} at the end. */
        @SuppressWarnings("unchecked")
        private boolean advance() {
            if (removed != null && tombstone < removed.size()) {
                fillTombstone();
                tombstone = nextTombstone(tombstone + 1);
                return true;
            }
            while (true) {
                if (entry != null) {
                    switch (kind) {
                        case VALUE:
                            if (!valueDone) {
                                valueDone = true;
                                fillKey();
                                fillValue((Row) entry.value, offset + 1 + keys.arity());
                                return true;
                            }
                            break;
                        case MAP:
                            if (mapEntries.hasNext()) {
                                Map.Entry<Row, Row> mapEntry = mapEntries.next();
                                fillKey();
                                int mapKeyColumn = offset + 1 + keys.arity();
                                if (!mapKeys.copyOut(mapEntry.getKey(), row, mapKeyColumn)) {
                                    throw StateSnapshots.unstorable(operatorUid, backend, stateName,
                                            "map key " + mapKeys.mismatch(mapEntry.getKey()));
                                }
                                fillValue(mapEntry.getValue(), mapKeyColumn + mapKeys.arity());
                                return true;
                            }
                            break;
                        default:
                            if (element < list.size()) {
                                fillKey();
                                int indexColumn = offset + 1 + keys.arity();
                                row.setInt(indexColumn, element);
                                fillValue(list.get(element), indexColumn + 1);
                                element++;
                                return true;
                            }
                            break;
                    }
                }
                if (!nextEntry()) {
                    return false;
                }
                valueDone = false;
                if (kind == StateKind.MAP) {
                    mapEntries = ((HashMap<Row, Row>) entry.value).entrySet().iterator();
                } else if (kind == StateKind.LIST) {
                    list = (ArrayList<Row>) entry.value;
                    element = 0;
                }
            }
        }

        /** Moves to the next entry of the frozen chains that the table holds; {@code false} after the last. */
        private boolean nextEntry() {
            do {
                if (!nextFrozenEntry()) {
                    return false;
                }
            } while (entry.valueVersion < baseVersion);
            return true;
        }

        private boolean nextFrozenEntry() {
            if (entry != null && entry.next != null) {
                entry = entry.next;
                return true;
            }
            entry = null;
            while (group < buckets.length) {
                CopyOnWriteStateMap.Entry[] groupBuckets = group < 0 ? null : buckets[group];
                if (groupBuckets != null) {
                    while (++bucket < groupBuckets.length) {
                        if (groupBuckets[bucket] != null) {
                            entry = groupBuckets[bucket];
                            return true;
                        }
                    }
                }
                group++;
                bucket = -1;
            }
            return false;
        }

        private void fillTombstone() {
            row.setBoolean(0, true);
            row.setInt(1, removed.keyGroups()[tombstone]);
            Row key = (Row) removed.items()[tombstone];
            if (!keys.copyOut(key, row, 2)) {
                throw StateSnapshots.unstorable(operatorUid, backend, stateName, "key " + keys.mismatch(key));
            }
            for (int i = 2 + keys.arity(); i < arity; i++) {
                row.setNull(i);
            }
        }

        private void fillKey() {
            if (offset == 1) {
                row.setBoolean(0, false);
            }
            row.setInt(offset, firstKeyGroup + group);
            if (!keys.copyOut(entry.key, row, offset + 1)) {
                throw StateSnapshots.unstorable(operatorUid, backend, stateName, "key " + keys.mismatch(entry.key));
            }
        }

        private void fillValue(Row value, int offset) {
            if (!values.copyOut(value, row, offset)) {
                throw StateSnapshots.unstorable(operatorUid, backend, stateName, values.mismatch(value));
            }
        }
    }
}
