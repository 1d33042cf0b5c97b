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

    /**
     * @param buckets per key group from {@code firstKeyGroup}, the frozen buckets of its map, or {@code null}
     */
    StateTableRows(String operatorUid, KeyedStateBackend backend, HeapState state, int arity,
            CopyOnWriteStateMap.Entry[][] buckets) {
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
        this.arity = arity;
    }

    @Override
    public Iterator<Row> iterator() {
        return new Rows();
    }

    /** Walks key group by key group, bucket by bucket, entry by entry, and within an entry its map or list. */
    private final class Rows implements Iterator<Row> {
        private final Row row = new Row(arity);
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

        /** Fills the row with the next one; {@code false} at the end. */
        @SuppressWarnings("unchecked")
        private boolean advance() {
            while (true) {
                if (entry != null) {
                    switch (kind) {
                        case VALUE:
                            if (!valueDone) {
                                valueDone = true;
                                fillKey();
                                fillValue((Row) entry.value, 1 + keys.arity());
                                return true;
                            }
                            break;
                        case MAP:
                            if (mapEntries.hasNext()) {
                                Map.Entry<Row, Row> mapEntry = mapEntries.next();
                                fillKey();
                                int mapKeyColumn = 1 + keys.arity();
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
                                int indexColumn = 1 + keys.arity();
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

        /** Moves to the next entry of the frozen chains; {@code false} after the last key group's. */
        private boolean nextEntry() {
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

        private void fillKey() {
            row.setInt(0, firstKeyGroup + group);
            if (!keys.copyOut(entry.key, row, 1)) {
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
