package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when a job's checkpoints start (periodically, or at once for a savepoint), collects the tasks'
 * acknowledgements and commits or aborts each checkpoint; the policies it applies are {@link TriggerPolicy},
 * {@link FailurePolicy}, {@link CheckpointCommitter} and {@link CheckpointCleaner}.
 *
 * <p>Every job with checkpoint storage has one: with checkpointing off it triggers nothing periodically and takes
 * only the savepoints asked for, with aligned exactly-once barriers.
 *
 * <p>Threading: every method is called by one thread, the job's scheduler thread, which calls {@link #tick}
 * periodically; tasks reach it by posting to that thread. Time comes from the engine's clock, so a test clock
 * drives triggers and timeouts. The statistics getters may be read by any thread.
 */
public final class CheckpointCoordinator {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointCoordinator.class);

    private final String jobId;
    private final CheckpointOptions options;
    private final InstantSource clock;
    private final TriggerPolicy trigger;
    private final FailurePolicy failures;
    private final CheckpointCommitter committer;
    private final CheckpointCleaner cleaner;
    private final TreeMap<Long, PendingCheckpoint> pending = new TreeMap<>();
    /** The ids of the savepoints this coordinator triggered, so late files of an aborted one are removed as such. */
    private final Set<Long> savepointIds = new HashSet<>();
    private boolean periodicPaused;
    private CheckpointParticipants tasks;
    private long lastCheckpointId;
    private volatile long completedCount;
    private volatile long failedCount;
    private volatile CheckpointStats lastCompleted;

    /**
     * @param lastCheckpointId the highest checkpoint id the job used before (that of the checkpoint it restores
     *     from, or 0); the next is one more
     */
    public CheckpointCoordinator(String jobId, CheckpointOptions options, int maxParallelism,
            CheckpointStorage storage, InstantSource clock, long lastCheckpointId) {
        this.jobId = jobId;
        this.options = options;
        this.clock = clock;
        this.trigger = new TriggerPolicy(options);
        this.failures = new FailurePolicy(options.tolerableFailures());
        this.committer = new CheckpointCommitter(jobId, barrierMode(options), maxParallelism, storage);
        this.cleaner = new CheckpointCleaner(jobId, options.numRetained(), storage);
        this.lastCheckpointId = lastCheckpointId;
    }

    /**
     * The mode of a job's barriers: its checkpointing mode, or exactly-once when it takes only savepoints (as Flink's
     * savepoints, which are always aligned).
     */
    private static CheckpointingMode barrierMode(CheckpointOptions options) {
        return options.isEnabled() ? options.mode() : CheckpointingMode.EXACTLY_ONCE;
    }

    /**
     * A new execution of the job runs these tasks since {@code startMillis} by the engine's clock; the first
     * checkpoint comes an interval after that.
     */
    public void attach(CheckpointParticipants participants, long startMillis) {
        tasks = participants;
        trigger.started(startMillis);
    }

    /**
     * The execution stopped (a failure or a cancel): aborts the checkpoints in progress, which are not counted as
     * failed, and triggers nothing until the next {@link #attach}.
     */
    public void detach() {
        abortAll("its job execution stopped");
        tasks = null;
    }

    /** Aborts checkpoints that timed out, then triggers the next one if the policy allows. */
    public void tick() {
        if (tasks == null) {
            return;
        }
        long now = clock.millis();
        long timeoutMillis = options.timeout().toMillis();
        for (PendingCheckpoint checkpoint : new ArrayList<>(pending.values())) {
            if (now - checkpoint.triggeredAtMillis() >= timeoutMillis) {
                fail(checkpoint.checkpointId(), "it timed out after " + options.timeout(), null);
                if (tasks == null) {
                    return;
                }
            }
        }
        if (tasks.anyTaskFinished()) {
            // Checkpoints after some tasks finished are not supported: the finished tasks could not acknowledge.
            abortAll("a task of the job finished");
            return;
        }
        if (!periodicPaused && trigger.shouldTrigger(now, pending.size())) {
            triggerNow(now);
        }
    }

    private void triggerNow(long nowMillis) {
        long id = ++lastCheckpointId;
        trigger.triggered(nowMillis);
        pending.put(id, new PendingCheckpoint(id, Instant.ofEpochMilli(nowMillis), tasks.taskCount()));
        LOG.debug("checkpoint triggered job={} id={}", jobId, id);
        tasks.triggerSources(id, CheckpointKind.CHECKPOINT);
    }

    /**
     * Triggers a savepoint now, out of the periodic schedule and whatever is in progress, with the next checkpoint
     * id. {@code result} completes with the committed savepoint once the tasks have been told it is committed, or
     * exceptionally with a {@link WeirException} if it cannot be taken or is aborted. A failed savepoint does not
     * count among the failed checkpoints.
     */
    public void triggerSavepoint(CompletableFuture<CompletedCheckpoint> result) {
        if (tasks == null) {
            result.completeExceptionally(SavepointErrors.notRunning(jobId));
            return;
        }
        if (tasks.anyTaskFinished()) {
            result.completeExceptionally(SavepointErrors.aborted(jobId, lastCheckpointId + 1,
                    "a task of the job has finished its input", null));
            return;
        }
        long id = ++lastCheckpointId;
        savepointIds.add(id);
        pending.put(id, PendingCheckpoint.savepoint(id, result, clock.instant(), tasks.taskCount()));
        LOG.info("savepoint triggered job={} id={}", jobId, id);
        tasks.triggerSources(id, CheckpointKind.SAVEPOINT);
    }

    /** Triggers no periodic checkpoint until {@link #resumePeriodicTriggers}, so none follows a final savepoint. */
    public void pausePeriodicTriggers() {
        periodicPaused = true;
    }

    public void resumePeriodicTriggers() {
        periodicPaused = false;
    }

    private CheckpointKind kindOf(long checkpointId) {
        return savepointIds.contains(checkpointId) ? CheckpointKind.SAVEPOINT : CheckpointKind.CHECKPOINT;
    }

    /** A task wrote its part of a checkpoint; the last acknowledgement commits it. */
    public void acknowledge(TaskAcknowledgement ack) {
        PendingCheckpoint checkpoint = pending.get(ack.checkpointId());
        if (checkpoint == null) {
            // Aborted while the task wrote: remove what it wrote after the abort.
            cleaner.aborted(ack.checkpointId(), kindOf(ack.checkpointId()));
            return;
        }
        if (!checkpoint.acknowledge(ack, clock.instant())) {
            return;
        }
        pending.remove(ack.checkpointId());
        Instant completedAt = clock.instant();
        CompletedCheckpoint committed;
        try {
            committed = committer.commit(checkpoint, completedAt);
        } catch (Exception e) {
            pending.put(checkpoint.checkpointId(), checkpoint);
            fail(checkpoint.checkpointId(), "its commit failed", e);
            return;
        }
        CheckpointStats stats = checkpoint.stats(completedAt);
        lastCompleted = stats;
        completedCount++;
        failures.succeeded();
        trigger.ended(completedAt.toEpochMilli());
        LOG.info("{} committed job={} id={} durationMs={} syncMs={} asyncMs={} alignmentMs={} sizeBytes={}",
                checkpoint.kind() == CheckpointKind.SAVEPOINT ? "savepoint" : "checkpoint", jobId,
                stats.checkpointId(), stats.duration().toMillis(), stats.syncDuration().toMillis(),
                stats.asyncDuration().toMillis(), stats.alignment().toMillis(), stats.sizeBytes());
        // A later checkpoint is newer than every one in progress before it; older pending ones are superseded.
        for (PendingCheckpoint older : new ArrayList<>(pending.headMap(checkpoint.checkpointId()).values())) {
            // A savepoint is what a user asked for: a newer checkpoint does not make it unnecessary.
            if (older.kind() == CheckpointKind.CHECKPOINT) {
                abort(older.checkpointId(), "checkpoint " + checkpoint.checkpointId() + " completed first");
            }
        }
        cleaner.committed();
        try {
            committer.announce(checkpoint.checkpointId(), tasks);
        } catch (RuntimeException e) {
            // The checkpoint exists; the execution restarts from it and its sinks commit it then.
            CheckpointParticipants failing = tasks;
            abortAll("the job fails");
            failing.failJob(e);
        }
        // After the announcement, so a task reading a later mail, such as a stop, has committed this one first.
        checkpoint.completed(committed);
    }

    /** A task could not take or write its part of checkpoint {@code checkpointId}. */
    public void decline(long checkpointId, int taskIndex, Throwable cause) {
        if (!pending.containsKey(checkpointId)) {
            cleaner.aborted(checkpointId, kindOf(checkpointId));
            return;
        }
        fail(checkpointId, "task " + taskIndex + " could not write its state", cause);
    }

    private void fail(long checkpointId, String reason, Throwable cause) {
        PendingCheckpoint failed = pending.get(checkpointId);
        if (failed != null && failed.kind() == CheckpointKind.SAVEPOINT) {
            LOG.warn("savepoint failed job={} id={} reason={}", jobId, checkpointId, reason, cause);
            abort(checkpointId, reason, cause);
            return;
        }
        failedCount++;
        LOG.warn("checkpoint failed job={} id={} reason={}", jobId, checkpointId, reason, cause);
        abort(checkpointId, reason);
        if (failures.failed() && tasks != null) {
            CheckpointParticipants failing = tasks;
            abortAll("the job fails");
            failing.failJob(new WeirException(ErrorCode.JOB_FAILED, "Checkpoint " + checkpointId + " of job '"
                    + jobId + "' failed because " + reason + ", the " + failures.consecutiveFailures()
                    + ". failure in a row; raise 'execution.checkpointing.tolerable-failed-checkpoints' (now "
                    + options.tolerableFailures() + ") to tolerate more", cause));
        }
    }

    private void abortAll(String reason) {
        for (Long id : new ArrayList<>(pending.keySet())) {
            abort(id, reason);
        }
    }

    private void abort(long checkpointId, String reason) {
        abort(checkpointId, reason, null);
    }

    private void abort(long checkpointId, String reason, Throwable cause) {
        PendingCheckpoint aborted = pending.remove(checkpointId);
        if (aborted == null) {
            return;
        }
        LOG.info("checkpoint aborted job={} id={} kind={} reason={}", jobId, checkpointId, aborted.kind(), reason);
        cleaner.aborted(checkpointId, aborted.kind());
        aborted.failed(SavepointErrors.aborted(jobId, checkpointId, reason, cause));
        trigger.ended(clock.millis());
        if (tasks != null) {
            tasks.notifyAborted(checkpointId);
        }
    }

    /** The ids of the checkpoints in progress, oldest first. */
    public List<Long> pendingIds() {
        return List.copyOf(pending.keySet());
    }

    public long completedCount() {
        return completedCount;
    }

    public long failedCount() {
        return failedCount;
    }

    /** The statistics of the last committed checkpoint, or {@code null} before the first. */
    public CheckpointStats lastCompleted() {
        return lastCompleted;
    }
}
