package io.weir.runtime.checkpoint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A checkpoint every task acknowledged: what a restore reads. Committed by {@link CheckpointStorage#commit} in one
 * step, so a checkpoint either exists with all its files or not at all.
 *
 * @param jobId the job whose state it is
 * @param checkpointId increasing per job, from 1
 * @param kind checkpoint or savepoint
 * @param mode the guarantee of the barriers that made it
 * @param maxParallelism the job's number of key groups, which a restore must keep
 * @param location where its files are, as the storage names it (a directory), for messages and
 *     {@code execution.state-recovery.path}
 * @param triggeredAt when the coordinator triggered it
 * @param completedAt when the last task acknowledged it
 * @param files every state file of every subtask
 */
public record CompletedCheckpoint(String jobId, long checkpointId, CheckpointKind kind, CheckpointingMode mode,
        int maxParallelism, String location, Instant triggeredAt, Instant completedAt, List<StateFile> files) {
    public CompletedCheckpoint {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(triggeredAt, "triggeredAt");
        Objects.requireNonNull(completedAt, "completedAt");
        files = List.copyOf(files);
        if (checkpointId < 1) {
            throw new IllegalArgumentException("checkpoint id " + checkpointId);
        }
    }

    /** The files of operator {@code operatorUid}. */
    public List<StateFile> filesOf(String operatorUid) {
        return files.stream().filter(f -> f.table().operatorUid().equals(operatorUid)).toList();
    }
}
