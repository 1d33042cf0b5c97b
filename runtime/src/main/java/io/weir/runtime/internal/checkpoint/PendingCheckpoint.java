package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.checkpoint.CheckpointFigures;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A triggered checkpoint or savepoint waiting for every task's acknowledgement, with the files acknowledged so far
 * and, for a savepoint, the future its requester waits on.
 */
final class PendingCheckpoint {
    private final long checkpointId;
    private final CheckpointKind kind;
    /** Completed with the committed savepoint, or exceptionally; {@code null} for a periodic checkpoint. */
    private final CompletableFuture<CompletedCheckpoint> result;
    private final Instant triggeredAt;
    private final long triggeredAtMillis;
    private final int taskCount;
    private final BitSet acknowledged;
    private final List<StateFile> files = new ArrayList<>();
    private Duration maxSync = Duration.ZERO;
    private Duration maxAsync = Duration.ZERO;
    private Duration maxAlignment = Duration.ZERO;
    private final List<CheckpointFigures.Acknowledgement> acknowledgements = new ArrayList<>();

    PendingCheckpoint(long checkpointId, Instant triggeredAt, int taskCount) {
        this(checkpointId, CheckpointKind.CHECKPOINT, null, triggeredAt, taskCount);
    }

    private PendingCheckpoint(long checkpointId, CheckpointKind kind, CompletableFuture<CompletedCheckpoint> result,
            Instant triggeredAt, int taskCount) {
        this.checkpointId = checkpointId;
        this.kind = kind;
        this.result = result;
        this.triggeredAt = triggeredAt;
        this.triggeredAtMillis = triggeredAt.toEpochMilli();
        this.taskCount = taskCount;
        this.acknowledged = new BitSet(taskCount);
    }

    /** A savepoint whose requester waits on {@code result}. */
    static PendingCheckpoint savepoint(long checkpointId, CompletableFuture<CompletedCheckpoint> result,
            Instant triggeredAt, int taskCount) {
        return new PendingCheckpoint(checkpointId, CheckpointKind.SAVEPOINT, result, triggeredAt, taskCount);
    }

    long checkpointId() {
        return checkpointId;
    }

    CheckpointKind kind() {
        return kind;
    }

    /** Tells a savepoint's requester it is committed; nothing for a checkpoint. */
    void completed(CompletedCheckpoint committed) {
        if (result != null) {
            result.complete(committed);
        }
    }

    /** Tells a savepoint's requester it failed; nothing for a checkpoint. */
    void failed(Throwable cause) {
        if (result != null) {
            result.completeExceptionally(cause);
        }
    }

    Instant triggeredAt() {
        return triggeredAt;
    }

    long triggeredAtMillis() {
        return triggeredAtMillis;
    }

    /**
     * Records a task's files, received at {@code receivedAt}; a repeated acknowledgement is ignored. Returns whether
     * every task has acknowledged.
     */
    boolean acknowledge(TaskAcknowledgement ack, Instant receivedAt) {
        if (ack.taskIndex() < 0 || ack.taskIndex() >= taskCount) {
            throw new IllegalStateException("checkpoint " + checkpointId + " acknowledged by task " + ack.taskIndex()
                    + " of " + taskCount);
        }
        if (!acknowledged.get(ack.taskIndex())) {
            acknowledged.set(ack.taskIndex());
            files.addAll(ack.files());
            maxSync = max(maxSync, ack.syncDuration());
            maxAsync = max(maxAsync, ack.asyncDuration());
            maxAlignment = max(maxAlignment, ack.alignment());
            Set<String> seen = new HashSet<>();
            for (StateFile file : ack.files()) {
                if (seen.add(file.table().operatorUid() + "\u0000" + file.subtask())) {
                    acknowledgements.add(new CheckpointFigures.Acknowledgement(file.table().operatorUid(),
                            file.subtask(), receivedAt));
                }
            }
        }
        return isComplete();
    }

    boolean isComplete() {
        return acknowledged.cardinality() == taskCount;
    }

    List<StateFile> files() {
        return List.copyOf(files);
    }

    /** The figures recorded with the checkpoint once every task has acknowledged. */
    CheckpointFigures figures() {
        return new CheckpointFigures(maxSync, maxAsync, maxAlignment, acknowledgements);
    }

    /** The statistics of the checkpoint once complete at {@code completedAt}. */
    CheckpointStats stats(Instant completedAt) {
        long size = 0;
        for (StateFile file : files) {
            // Only what this checkpoint wrote: an incremental one also lists the files it builds on.
            if (file.checkpointId() == checkpointId) {
                size += file.sizeBytes();
            }
        }
        return new CheckpointStats(checkpointId, Duration.between(triggeredAt, completedAt), maxSync, maxAsync,
                maxAlignment, size, files.size());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
