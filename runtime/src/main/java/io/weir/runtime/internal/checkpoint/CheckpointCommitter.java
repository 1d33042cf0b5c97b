package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.internal.fault.FaultPoint;
import io.weir.runtime.internal.fault.Faults;
import java.io.IOException;
import java.time.Instant;

/**
 * Commits a checkpoint every task acknowledged: the storage's commit is the commit point; only then are the tasks
 * told, so sinks make visible what they prepared for it.
 */
final class CheckpointCommitter {
    private final String jobId;
    private final CheckpointingMode mode;
    private final int maxParallelism;
    private final CheckpointStorage storage;

    CheckpointCommitter(String jobId, CheckpointingMode mode, int maxParallelism, CheckpointStorage storage) {
        this.jobId = jobId;
        this.mode = mode;
        this.maxParallelism = maxParallelism;
        this.storage = storage;
    }

    /**
     * Commits {@code checkpoint} as its kind says: once this returns it exists; an exception means it does not.
     */
    CompletedCheckpoint commit(PendingCheckpoint checkpoint, Instant completedAt) throws IOException {
        long id = checkpoint.checkpointId();
        CheckpointKind kind = checkpoint.kind();
        CompletedCheckpoint completed = new CompletedCheckpoint(jobId, id, kind, mode, maxParallelism,
                storage.locationOf(jobId, id, kind), checkpoint.triggeredAt(), completedAt, checkpoint.files());
        storage.commit(completed, checkpoint.figures());
        return completed;
    }

    /**
     * Tells the tasks that checkpoint {@code checkpointId} is committed. Losing this message is safe: a restore from
     * the checkpoint hands the sinks what they prepared for it, and they commit it then.
     */
    void announce(long checkpointId, CheckpointParticipants tasks) {
        Faults.checkpoint(FaultPoint.COMMITTED_NOT_NOTIFIED, jobId, "coordinator", checkpointId);
        tasks.notifyCommitted(checkpointId);
    }
}
