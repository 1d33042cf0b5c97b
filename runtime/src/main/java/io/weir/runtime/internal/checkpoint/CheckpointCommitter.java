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

    /** Commits {@code checkpoint}, then notifies the tasks; an exception means the checkpoint does not exist. */
    CompletedCheckpoint commit(PendingCheckpoint checkpoint, Instant completedAt, CheckpointParticipants tasks)
            throws IOException {
        long id = checkpoint.checkpointId();
        CompletedCheckpoint completed = new CompletedCheckpoint(jobId, id, CheckpointKind.CHECKPOINT, mode,
                maxParallelism, storage.locationOf(jobId, id, CheckpointKind.CHECKPOINT), checkpoint.triggeredAt(),
                completedAt, checkpoint.files());
        storage.commit(completed);
        // After this point a failure restores from this checkpoint, so the notification may be lost safely.
        Faults.checkpoint(FaultPoint.COMMITTED_NOT_NOTIFIED, jobId, "coordinator", id);
        tasks.notifyCommitted(id);
        return completed;
    }
}
