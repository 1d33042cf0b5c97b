package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.internal.state.StateSnapshots;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a task's next incremental checkpoint builds on: per keyed operator, the snapshot version of the task's last
 * committed checkpoint and, per state table, the files a restore of it reads (a full file, then deltas). A
 * checkpoint becomes the base only once the task hears it is committed, so a delta never builds on one that may
 * still be aborted; a table whose deltas since its full file hold more rows than that full file is written in full
 * again, so a restore reads at most about twice the state. A new execution starts without a base: its first
 * checkpoint is full.
 *
 * <p>Threading: {@link #committed} is called by the coordinator's thread as it announces a commit, before it can
 * trigger the next checkpoint, so a snapshot taken for a later barrier always knows of it (the task's mailbox may
 * still hold the announcement when the barrier arrives); {@link #advance}, {@link #baseFor}, {@link #snapshotted} and
 * {@link #aborted} run on the task thread, {@link #written} on the background writer before the task acknowledges.
 */
final class IncrementalChains {
    /** A checkpoint the task wrote: its operators' snapshot versions, and its chains per operator and table. */
    private static final class Written {
        final Map<String, Integer> versions = new HashMap<>();
        volatile Map<String, Map<String, List<StateFile>>> chains;
    }

    private final Map<Long, Written> pending = new ConcurrentHashMap<>();
    /** The newest checkpoint or savepoint the coordinator committed, as far as it told this task. */
    private final AtomicLong committed = new AtomicLong();
    private long baseId;
    private Written base;

    /**
     * The base of a delta of operator {@code uid}'s state in checkpoint {@code checkpointId}, or {@code null} for a
     * full snapshot: no committed base yet, or an earlier checkpoint of this task still pending. Tables whose chain is
     * too long are left out, so they are written in full.
     *
     * <p>Why a pending earlier checkpoint forces a full snapshot (only possible with more than one concurrent
     * checkpoint): if it commits after rewriting a table in full, retention may remove the files of the base this
     * checkpoint would build on before this one commits.
     */
    StateSnapshots.DeltaBase baseFor(long checkpointId, String uid) {
        if (base == null || base.chains == null || !base.versions.containsKey(uid)) {
            return null;
        }
        for (long pendingId : pending.keySet()) {
            if (pendingId < checkpointId) {
                return null;
            }
        }
        Map<String, List<StateFile>> chains = new HashMap<>();
        Map<String, List<StateFile>> tables = base.chains.get(uid);
        if (tables != null) {
            for (Map.Entry<String, List<StateFile>> table : tables.entrySet()) {
                if (isShortEnough(table.getValue())) {
                    chains.put(table.getKey(), table.getValue());
                }
            }
        }
        return new StateSnapshots.DeltaBase(base.versions.get(uid), chains);
    }

    private static boolean isShortEnough(List<StateFile> chain) {
        long deltaRows = 0;
        for (int i = 1; i < chain.size(); i++) {
            deltaRows += chain.get(i).rowCount();
        }
        return chain.get(0).content() == StateFile.Content.FULL && deltaRows <= chain.get(0).rowCount();
    }

    /** Operator {@code uid}'s state was snapshotted for checkpoint {@code checkpointId} at {@code version}. */
    void snapshotted(long checkpointId, String uid, int version) {
        pending.computeIfAbsent(checkpointId, id -> new Written()).versions.put(uid, version);
    }

    /** The task wrote checkpoint {@code checkpointId}: per operator and table, the files its restore reads. */
    void written(long checkpointId, Map<String, Map<String, List<StateFile>>> chains) {
        Written written = pending.get(checkpointId);
        if (written != null) {
            written.chains = chains;
        }
    }

    /** Checkpoint {@code checkpointId} is committed; any thread. */
    void committed(long checkpointId) {
        committed.accumulateAndGet(checkpointId, Math::max);
    }

    /**
     * Takes the newest committed checkpoint as the base, if the task wrote it (a savepoint keeps the base it had), and
     * forgets older ones. Returns the operators' snapshot versions of the new base, or {@code null} if it did not
     * change.
     */
    Map<String, Integer> advance() {
        long newest = committed.get();
        if (newest <= baseId) {
            return null;
        }
        Written written = pending.get(newest);
        pending.keySet().removeIf(id -> id <= newest);
        if (written == null || written.chains == null) {
            return null;
        }
        base = written;
        baseId = newest;
        return written.versions;
    }

    /** Checkpoint {@code checkpointId} was aborted or dropped: it will never be a base. */
    void aborted(long checkpointId) {
        pending.remove(checkpointId);
    }
}
