package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.checkpoint.StateFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A triggered checkpoint waiting for every task's acknowledgement, with the files acknowledged so far. */
final class PendingCheckpoint {
    private final long checkpointId;
    private final Instant triggeredAt;
    private final long triggeredAtMillis;
    private final int taskCount;
    private final BitSet acknowledged;
    private final List<StateFile> files = new ArrayList<>();
    private Duration maxSync = Duration.ZERO;
    private Duration maxAsync = Duration.ZERO;
    private Duration maxAlignment = Duration.ZERO;

    PendingCheckpoint(long checkpointId, Instant triggeredAt, int taskCount) {
        this.checkpointId = checkpointId;
        this.triggeredAt = triggeredAt;
        this.triggeredAtMillis = triggeredAt.toEpochMilli();
        this.taskCount = taskCount;
        this.acknowledged = new BitSet(taskCount);
    }

    long checkpointId() {
        return checkpointId;
    }

    Instant triggeredAt() {
        return triggeredAt;
    }

    long triggeredAtMillis() {
        return triggeredAtMillis;
    }

    /** Records a task's files; a repeated acknowledgement is ignored. Returns whether every task has acknowledged. */
    boolean acknowledge(TaskAcknowledgement ack) {
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
        }
        return isComplete();
    }

    boolean isComplete() {
        return acknowledged.cardinality() == taskCount;
    }

    List<StateFile> files() {
        return List.copyOf(files);
    }

    /** The statistics of the checkpoint once complete at {@code completedAt}. */
    CheckpointStats stats(Instant completedAt) {
        long size = 0;
        for (StateFile file : files) {
            size += file.sizeBytes();
        }
        return new CheckpointStats(checkpointId, Duration.between(triggeredAt, completedAt), maxSync, maxAsync,
                maxAlignment, size, files.size());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
