package io.weir.checkpoint.internal;

import io.weir.runtime.checkpoint.CheckpointKind;
import java.util.HashMap;
import java.util.Map;

/**
 * The state files being written for each checkpoint, and the checkpoints aborted, so that an abort is final: a write
 * that starts after the abort of its checkpoint is refused before it creates anything, and the checkpoint's directory
 * is removed by the abort if no write is in progress, else by the last write in progress when it ends.
 *
 * <p>Thread-safe. An aborted checkpoint is remembered until the storage is closed (a write for it may come long
 * after, from a task that was slow to snapshot); a checkpoint that was not aborted is forgotten once it has no write
 * in progress.
 */
final class CheckpointWrites {
    /** A checkpoint of a job, by kind, since a savepoint and a checkpoint of the same id live apart. */
    private record Key(String jobId, long checkpointId, CheckpointKind kind) {
    }

    private static final class Writes {
        int inProgress;
        boolean aborted;
    }

    private final Map<Key, Writes> checkpoints = new HashMap<>();

    /**
     * A write for the checkpoint starts; returns {@code false}, recording nothing, if the checkpoint was aborted.
     * Every {@code true} must be followed by one {@link #ended}.
     */
    synchronized boolean started(String jobId, long checkpointId, CheckpointKind kind) {
        Writes writes = checkpoints.computeIfAbsent(new Key(jobId, checkpointId, kind), key -> new Writes());
        if (writes.aborted) {
            return false;
        }
        writes.inProgress++;
        return true;
    }

    /** The outcome of a write that ended: whether the checkpoint was aborted meanwhile, and who removes its files. */
    enum Outcome {
        /** Not aborted: the file stays. */
        KEPT,
        /** Aborted, and another write is still in progress: the last one removes the directory. */
        ABORTED,
        /** Aborted, and this was the last write in progress: the caller removes the checkpoint's directory. */
        ABORTED_REMOVE
    }

    synchronized Outcome ended(String jobId, long checkpointId, CheckpointKind kind) {
        Key key = new Key(jobId, checkpointId, kind);
        Writes writes = checkpoints.get(key);
        if (writes == null || writes.inProgress == 0) {
            throw new IllegalStateException("no write in progress for checkpoint " + checkpointId + " of job "
                    + jobId + " (" + kind + ")");
        }
        writes.inProgress--;
        if (!writes.aborted) {
            if (writes.inProgress == 0) {
                checkpoints.remove(key);
            }
            return Outcome.KEPT;
        }
        return writes.inProgress == 0 ? Outcome.ABORTED_REMOVE : Outcome.ABORTED;
    }

    /**
     * Marks the checkpoint aborted; every later {@link #started} for it is refused. Returns whether the caller removes
     * its directory now: {@code false} when writes are in progress, the last of which removes it when it ends.
     */
    synchronized boolean abort(String jobId, long checkpointId, CheckpointKind kind) {
        Writes writes = checkpoints.computeIfAbsent(new Key(jobId, checkpointId, kind), key -> new Writes());
        writes.aborted = true;
        return writes.inProgress == 0;
    }
}
