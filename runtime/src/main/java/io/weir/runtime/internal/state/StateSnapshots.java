package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
     * Snapshots every state and both timer queues of the operator ({@code operatorUid}) as tables, one table each over
     * the backend's whole key-group range. Takes time in the number of key groups and the size of the hash tables'
     * bucket arrays, not in the number of keys: it freezes the maps (see {@link CopyOnWriteStateMap}) and copies the
     * timer queues' arrays; the rows are made when another thread reads them, while the operator goes on and copies
     * what it changes. Each table must be {@link TableSnapshot#release() released}; the snapshot ends when all are.
     * Empty list for an unkeyed operator.
     *
     * <p>Reading a table's rows throws {@link IllegalStateException} naming the operator, state and field if a field
     * holds a value its SQL type cannot store (e.g. an in-memory structure in a BYTES field that is not an
     * {@link io.weir.runtime.state.EncodableValue}, whose bytes are stored instead).
     */
    public static List<TableSnapshot> snapshot(String operatorUid, KeyedStateBackend backend,
            HeapTimerService timers) {
        return snapshot(operatorUid, backend, timers, null);
    }

    /**
     * What an incremental snapshot builds on: the snapshot of a committed checkpoint, of version {@code version}
     * ({@link KeyedStateBackend#currentVersion()} right after it), and per table name the files a restore of it
     * reads for this subtask (a full file, then deltas). A table without a chain here is snapshotted in full.
     */
    public record DeltaBase(int version, Map<String, List<StateFile>> chains) {
        public DeltaBase {
            if (version < 1) {
                throw new IllegalArgumentException("base version " + version);
            }
            chains = Map.copyOf(chains);
        }
    }

    /**
     * As {@link #snapshot(String, KeyedStateBackend, HeapTimerService)}, but each table {@code base} has a chain for
     * is a delta on it: tombstones for the keys (timers) removed since the base, then the rows of the keys whose value
     * changed since (the timers added since). Needs {@link #trackRemovals} since before the base was taken.
     *
     * @param base what the snapshot builds on, or {@code null} for a full snapshot
     */
    public static List<TableSnapshot> snapshot(String operatorUid, KeyedStateBackend backend,
            HeapTimerService timers, DeltaBase base) {
        if (!backend.isKeyed()) {
            return List.of();
        }
        SnapshotVersions versions = backend.versions();
        int version = versions.snapshot();
        Release release = new Release(versions, version, backend.states().size() + 2);
        int groups = backend.keyGroupCount();
        List<TableSnapshot> tables = new ArrayList<>(backend.states().size() + 2);
        for (HeapState state : backend.states().values()) {
            StateTable table = StateTables.of(operatorUid, state, backend.keyType());
            CopyOnWriteStateMap.Entry[][] buckets = new CopyOnWriteStateMap.Entry[groups][];
            for (int i = 0; i < groups; i++) {
                CopyOnWriteStateMap map = state.keyGroupMap(backend.firstKeyGroup() + i);
                if (map != null && map.size() > 0) {
                    buckets[i] = map.snapshot();
                }
            }
            List<StateFile> chain = chainOf(base, table.name());
            StateTableRows rows = chain.isEmpty()
                    ? new StateTableRows(operatorUid, backend, state, table.schema().arity(), buckets, 0, null)
                    : new StateTableRows(operatorUid, backend, state, table.schema().arity(), buckets,
                            base.version(), state.removals().view());
            tables.add(new TableSnapshot(table, backend.firstKeyGroup(), backend.lastKeyGroup(), rows,
                    release.part(), content(chain), chain));
        }
        tables.add(timers(operatorUid, backend, timers, StateKind.EVENT_TIME_TIMERS, version, base, release.part()));
        tables.add(timers(operatorUid, backend, timers, StateKind.PROCESSING_TIME_TIMERS, version, base,
                release.part()));
        return tables;
    }

    /**
     * From now on the backend's states and timers log what they remove, for the tombstones of deltas; call it before
     * the first snapshot that may become a base.
     */
    public static void trackRemovals(KeyedStateBackend backend) {
        backend.versions().trackRemovals();
    }

    /**
     * The checkpoint whose snapshot had version {@code version} is committed: no later snapshot builds on an older
     * one, so the removals logged before it are forgotten.
     */
    public static void forgetRemovalsBefore(KeyedStateBackend backend, HeapTimerService timers, int version) {
        for (HeapState state : backend.states().values()) {
            state.removals().trimBefore(version);
        }
        timers.removals(TimeDomain.EVENT_TIME).trimBefore(version);
        timers.removals(TimeDomain.PROCESSING_TIME).trimBefore(version);
    }

    private static List<StateFile> chainOf(DeltaBase base, String tableName) {
        if (base == null) {
            return List.of();
        }
        List<StateFile> chain = base.chains().get(tableName);
        return chain == null ? List.of() : chain;
    }

    private static StateFile.Content content(List<StateFile> chain) {
        return chain.isEmpty() ? StateFile.Content.FULL : StateFile.Content.DELTA;
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
        Map<StateTable, List<RestoredFile>> files = new java.util.LinkedHashMap<>();
        for (Map.Entry<StateTable, List<Row>> table : rowsByTable.entrySet()) {
            files.put(table.getKey(), List.of(new RestoredFile(StateFile.Content.FULL, table.getValue())));
        }
        restoreFiles(operatorUid, backend, timers, files);
    }

    /** The rows of one state file read for a restore, with the file's columns ({@link StateFile#fileSchema()}). */
    public record RestoredFile(StateFile.Content content, List<Row> rows) {
        public RestoredFile {
            java.util.Objects.requireNonNull(content, "content");
            java.util.Objects.requireNonNull(rows, "rows");
        }
    }

    /**
     * As {@link #restore}, from chains of files: per table, each chain's full file then its deltas in checkpoint
     * order (the chains of several former subtasks one after the other: their key groups do not overlap).
     */
    public static void restoreFiles(String operatorUid, KeyedStateBackend backend, HeapTimerService timers,
            Map<StateTable, List<RestoredFile>> filesByTable) {
        StateLoader.load(operatorUid, backend, timers, filesByTable);
    }

    private static TableSnapshot timers(String operatorUid, KeyedStateBackend backend, HeapTimerService timers,
            StateKind kind, int version, DeltaBase base, Runnable release) {
        StateTable table = StateTables.timers(operatorUid, kind, backend.keyType());
        TimeDomain domain = kind == StateKind.EVENT_TIME_TIMERS ? TimeDomain.EVENT_TIME : TimeDomain.PROCESSING_TIME;
        Timer[] queued = timers.snapshotTimers(domain);
        List<StateFile> chain = chainOf(base, table.name());
        TimerRows rows = chain.isEmpty()
                ? new TimerRows(operatorUid, backend, table, queued, version, 0, null)
                : new TimerRows(operatorUid, backend, table, queued, version, base.version(),
                        timers.removals(domain).view());
        return new TableSnapshot(table, backend.firstKeyGroup(), backend.lastKeyGroup(), rows, release,
                content(chain), chain);
    }

    static IllegalStateException unstorable(String operatorUid, KeyedStateBackend backend, String stateName,
            String mismatch) {
        return new IllegalStateException("cannot checkpoint operator '" + backend.operatorName() + "' (uid '"
                + operatorUid + "'): in state '" + stateName + "', " + mismatch
                + "; a checkpoint stores a state's fields only as their SQL types, so an in-memory structure in a "
                + "BYTES field must implement EncodableValue (or live in a MapState)");
    }

    /** The release of one snapshot of a backend, in parts, one per table: the last part's run releases it. */
    private static final class Release {
        private final SnapshotVersions versions;
        private final int version;
        private final AtomicInteger remaining;

        Release(SnapshotVersions versions, int version, int parts) {
            this.versions = versions;
            this.version = version;
            this.remaining = new AtomicInteger(parts);
        }

        /** A part to run once its table is written or dropped; runs after the first do nothing. */
        Runnable part() {
            AtomicBoolean done = new AtomicBoolean();
            return () -> {
                if (done.compareAndSet(false, true) && remaining.decrementAndGet() == 0) {
                    versions.release(version);
                }
            };
        }
    }

    /**
     * The rows of a timer table: the timers of a copied queue array still live at the snapshot's version; for a delta,
     * after the marker column, tombstones of the timers deleted or fired since the base, then the timers queued since.
     */
    private static final class TimerRows implements Iterable<Row> {
        private final String operatorUid;
        private final KeyedStateBackend backend;
        private final StateTable table;
        private final Timer[] queued;
        private final int version;
        private final int baseVersion;
        private final RemovalLog.View removed;
        private final int offset;

        TimerRows(String operatorUid, KeyedStateBackend backend, StateTable table, Timer[] queued, int version,
                int baseVersion, RemovalLog.View removed) {
            this.operatorUid = operatorUid;
            this.backend = backend;
            this.table = table;
            this.queued = queued;
            this.version = version;
            this.baseVersion = baseVersion;
            this.removed = removed;
            this.offset = removed == null ? 0 : 1;
        }

        @Override
        public Iterator<Row> iterator() {
            RowCopier keys = RowCopier.of(backend.keyType());
            Row row = new Row(table.schema().arity() + offset);
            int timestampColumn = offset + 1 + keys.arity();
            return new Iterator<>() {
                private int tombstone = nextTombstone(0);
                private int next = skipDeleted(0);

                @Override
                public boolean hasNext() {
                    return tombstone < tombstones() || next < queued.length;
                }

                @Override
                public Row next() {
                    Timer timer;
                    if (tombstone < tombstones()) {
                        timer = (Timer) removed.items()[tombstone];
                        tombstone = nextTombstone(tombstone + 1);
                        row.setBoolean(0, true);
                    } else if (next < queued.length) {
                        timer = queued[next];
                        next = skipDeleted(next + 1);
                        if (offset == 1) {
                            row.setBoolean(0, false);
                        }
                    } else {
                        throw new NoSuchElementException();
                    }
                    row.setInt(offset, timer.keyGroup);
                    if (!keys.copyOut(timer.key, row, offset + 1)) {
                        throw unstorable(operatorUid, backend, table.name(), "key " + keys.mismatch(timer.key));
                    }
                    row.setLong(timestampColumn, timer.timestamp);
                    return row;
                }
            };
        }

        private int tombstones() {
            return removed == null ? 0 : removed.size();
        }

        private int nextTombstone(int from) {
            int i = from;
            while (i < tombstones() && removed.versions()[i] < baseVersion) {
                i++;
            }
            return i;
        }

        /** The index of the first timer from {@code from} on that the snapshot holds (and a delta writes). */
        private int skipDeleted(int from) {
            int i = from;
            while (i < queued.length
                    && (queued[i].deletedVersion < version || queued[i].createdVersion < baseVersion)) {
                i++;
            }
            return i;
        }
    }
}
