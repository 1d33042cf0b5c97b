package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.checkpoint.CheckpointKind;

/**
 * The tasks of one running execution of a job, as the coordinator reaches them: every call posts to the tasks'
 * mailboxes and returns at once, so the coordinator never waits for a task.
 */
public interface CheckpointParticipants {
    /** The tasks that acknowledge each checkpoint. */
    int taskCount();

    /** Whether a task has finished its input: a bounded job takes no checkpoint after that. */
    boolean anyTaskFinished();

    /**
     * Tells every source task to record its positions and send barrier {@code checkpointId}; every task writes its
     * part of it as {@code kind}.
     */
    void triggerSources(long checkpointId, CheckpointKind kind);

    /** Tells every task that checkpoint {@code checkpointId} is committed, so sinks make its output visible. */
    void notifyCommitted(long checkpointId);

    /** Tells every task that checkpoint {@code checkpointId} will never complete, so they stop aligning for it. */
    void notifyAborted(long checkpointId);

    /**
     * Fails the job's running execution with {@code cause}, such as too many checkpoints failed in a row; the job's
     * restart strategy decides what follows.
     */
    void failJob(Throwable cause);
}
