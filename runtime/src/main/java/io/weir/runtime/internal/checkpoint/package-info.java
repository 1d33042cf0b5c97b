/**
 * The checkpoint coordinator of a job, split by concern: {@code TriggerPolicy} (interval, minimum pause, most in
 * progress), {@code PendingCheckpoint} (the acknowledgements so far), {@code CheckpointCommitter} (the storage's
 * commit, then the tasks' notification), {@code FailurePolicy} (tolerable failures in a row) and
 * {@code CheckpointCleaner} (aborted and no longer retained checkpoints).
 *
 * <p>Threading: the coordinator runs on its job's scheduler thread only; tasks reach it by posting acknowledgements
 * to that thread, and it reaches tasks by posting to their mailboxes, so no lock is shared with the tasks' loops.
 *
 * <p>Limits: once a task of a bounded job has finished, no further checkpoint is triggered and those in progress are
 * aborted (checkpoints after some tasks finished, as in Flink, are not supported); a bounded job's sinks make their
 * output visible when their input ends. Checkpoints that fail more often in a row than tolerated fail the job's
 * execution, which its restart strategy may restart.
 */
package io.weir.runtime.internal.checkpoint;
