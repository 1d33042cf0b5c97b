/**
 * The checkpoint coordinator of a job, split by concern: {@code TriggerPolicy} (interval, minimum pause, most in
 * progress), {@code PendingCheckpoint} (the acknowledgements so far), {@code CheckpointCommitter} (the storage's
 * commit, then the tasks' notification), {@code FailurePolicy} (tolerable failures in a row) and
 * {@code CheckpointCleaner} (aborted and no longer retained checkpoints).
 *
 * <p>Threading: the coordinator runs on its job's scheduler thread only; tasks reach it by posting acknowledgements
 * to that thread, and it reaches tasks by posting to their mailboxes, so no lock is shared with the tasks' loops.
 */
package io.weir.runtime.internal.checkpoint;
