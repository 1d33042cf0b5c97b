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
    /** How many buckets' entries and their rows are read ahead of the rows made from them. */
    private static final int BATCH = 128;

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
        /** The head of the bucket the walk, which runs ahead of the rows, is at. */
        private CopyOnWriteStateMap.Entry head;
        /** The next bucket heads whose entries the rows come from, and the index of each one's key group. */
        private final CopyOnWriteStateMap.Entry[] heads = new CopyOnWriteStateMap.Entry[BATCH];
        private final int[] headGroups = new int[BATCH];
        private int batchSize;
        private int batchNext;
        /** Where the reads ahead go, so that the compiler keeps them. */
        private long sink;
        private CopyOnWriteStateMap.Entry entry;
        private int entryGroup;
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
                if (entry != null && entry.next != null) {
                    entry = entry.next;
                } else if (batchNext < batchSize || fillBatch()) {
                    entry = heads[batchNext];
                    entryGroup = headGroups[batchNext];
                    heads[batchNext++] = null;
                } else {
                    entry = null;
                    return false;
                }
            } while (entry.valueVersion < baseVersion);
            return true;
        }

        /**
         * Collects the next bucket heads into the batch, then reads their entries, then a field of each key row,
         * then of each value row. Walking entry by entry waits on a cache miss at every hop (entry, key row, its
         * arrays, value row, its arrays), since the writer works on each row between two hops; each of these loops
         * has no dependence from one head to the next, so the processor has the misses of many entries in flight at
         * once. Measured on 1.5 M keys of a group aggregation's state scattered over the heap: reading the rows took
         * 2.3× less time. {@code false} if no bucket is left.
         */
        private boolean fillBatch() {
            int size = 0;
            while (size < heads.length && nextHead()) {
                heads[size] = head;
                headGroups[size] = group;
                size++;
            }
            batchSize = size;
            batchNext = 0;
            long touched = 0;
            for (int i = 0; i < size; i++) {
                touched += heads[i].hash;
            }
            for (int i = 0; i < size; i++) {
                for (CopyOnWriteStateMap.Entry e = heads[i]; e != null; e = e.next) {
                    touched += touch(e.key);
                }
            }
            if (kind == StateKind.VALUE) {
                for (int i = 0; i < size; i++) {
                    for (CopyOnWriteStateMap.Entry e = heads[i]; e != null; e = e.next) {
                        touched += touch((Row) e.value);
                    }
                }
            }
            sink += touched;
            return size > 0;
        }

        /** Moves {@code head} to the next non-empty bucket of the frozen arrays; {@code false} after the last. */
        private boolean nextHead() {
            while (group < buckets.length) {
                CopyOnWriteStateMap.Entry[] groupBuckets = group < 0 ? null : buckets[group];
                if (groupBuckets != null) {
                    while (++bucket < groupBuckets.length) {
                        if (groupBuckets[bucket] != null) {
                            head = groupBuckets[bucket];
                            return true;
                        }
                    }
                }
                group++;
                bucket = -1;
            }
            return false;
        }

        /** Reads each of the row's arrays, so that a copy of the row soon after finds them in the cache. */
        private long touch(Row row) {
            if (row.arity() == 0) {
                return 0;
            }
            return row.getLong(0) + (row.isNullAt(0) ? 1 : 0) + (row.getObject(0) == null ? 0 : 1);
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
            row.setInt(offset, firstKeyGroup + entryGroup);
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
