package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.WeirException;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.checkpoint.CheckpointCoordinator;
import io.weir.runtime.internal.checkpoint.CheckpointStats;
import io.weir.runtime.internal.checkpoint.SavepointErrors;
import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.internal.metrics.MetricsHistory;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.job.OperatorMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job whose tasks each run on a thread of their own, deployed as one {@link Execution} at a time. When an
 * execution fails, the job's restart strategy decides: a new execution restoring from the latest committed
 * checkpoint after the strategy's delay, or the end of the job with the failure. Its scheduler thread runs the
 * checkpoint coordinator, restarts, and the job's final step; the job takes its final status once every task thread
 * has ended and the coordinator has aborted what was in progress.
 */
final class ThreadedJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadedJob.class);
    /** How often the coordinator looks at the clock; its decisions follow the engine's clock, not this period. */
    private static final long COORDINATOR_TICK_MILLIS = 5;
    private static final int CHECKPOINT_WRITERS = 2;
    private static final long METRICS_SAMPLE_MILLIS = 1000;

    private final String id;
    private final String name;
    private final Dataflow dataflow;
    private final EngineOptions engineOptions;
    private final JobOptions options;
    private final JobMetrics metrics = new JobMetrics();
    /** Samples of the metrics, one a second, over the rate window and one more. */
    private final MetricsHistory history = new MetricsHistory(Job.RATE_WINDOW_SECONDS + 2,
            new MetricsHistory.Sample(System.nanoTime(), Map.of()));
    private final CompletableFuture<JobStatus> termination = new CompletableFuture<>();
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService writers;
    private final CheckpointCoordinator coordinator;
    private final Object lock = new Object();
    private Execution running;
    private ScheduledFuture<?> pendingRestart;
    private boolean canceled;
    private boolean ended;
    /** A stop with savepoint committed its savepoint: every execution stops once its tasks read their mail. */
    private boolean stopAfterSavepoint;
    private volatile int restarts;
    private volatile JobStatus status = JobStatus.CREATED;
    private volatile Throwable failure;
    private volatile Instant startTime;
    private volatile Instant endTime;
    private volatile Execution current;

    ThreadedJob(String id, String name, Dataflow dataflow, EngineOptions engineOptions, JobOptions options,
            long lastCheckpointId) {
        this.id = id;
        this.name = name;
        this.dataflow = dataflow;
        this.engineOptions = engineOptions;
        this.options = options;
        this.scheduler = new ScheduledThreadPoolExecutor(1, daemon("weir-scheduler-" + id));
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        if (engineOptions.checkpointStorage() != null) {
            // Also without periodic checkpoints, so any job can take a savepoint; the pool starts no thread until
            // a snapshot is written, and the tasks do no barrier work until a barrier comes.
            this.coordinator = new CheckpointCoordinator(id, options.checkpointing(), options.maxParallelism(),
                    engineOptions.checkpointStorage(), engineOptions.clock(), lastCheckpointId);
            this.writers = Executors.newFixedThreadPool(CHECKPOINT_WRITERS, daemon("weir-checkpoint-writer-" + id));
        } else {
            this.coordinator = null;
            this.writers = null;
        }
        metrics.gauge("restarts", () -> restarts);
        if (coordinator != null) {
            metrics.gauge("checkpoints.completed", coordinator::completedCount);
            metrics.gauge("checkpoints.failed", coordinator::failedCount);
            lastCheckpointGauge("checkpoints.last.id", CheckpointStats::checkpointId);
            lastCheckpointGauge("checkpoints.last.durationMs", s -> s.duration().toMillis());
            lastCheckpointGauge("checkpoints.last.syncDurationMs", s -> s.syncDuration().toMillis());
            lastCheckpointGauge("checkpoints.last.asyncDurationMs", s -> s.asyncDuration().toMillis());
            lastCheckpointGauge("checkpoints.last.alignmentMs", s -> s.alignment().toMillis());
            lastCheckpointGauge("checkpoints.last.sizeBytes", CheckpointStats::sizeBytes);
        }
    }

    private void lastCheckpointGauge(String metric, ToLongFunction<CheckpointStats> value) {
        metrics.gauge(metric, () -> {
            CheckpointStats last = coordinator.lastCompleted();
            return last == null ? 0 : value.applyAsLong(last);
        });
    }

    private static ThreadFactory daemon(String threadName) {
        return runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        };
    }

    Dataflow dataflow() {
        return dataflow;
    }

    EngineOptions engineOptions() {
        return engineOptions;
    }

    /** Starts the first execution, which restores from {@code restoreFrom} if not {@code null}. */
    void start(Execution first) {
        synchronized (lock) {
            if (ended) {
                return;
            }
            startTime = Instant.now();
            status = JobStatus.RUNNING;
            LOG.info("job started job={} name={} tasks={}", id, name, first.taskCount());
            if (coordinator != null) {
                scheduler.scheduleWithFixedDelay(this::tick, COORDINATOR_TICK_MILLIS, COORDINATOR_TICK_MILLIS,
                        TimeUnit.MILLISECONDS);
            }
            scheduler.scheduleAtFixedRate(this::sampleMetrics, METRICS_SAMPLE_MILLIS, METRICS_SAMPLE_MILLIS,
                    TimeUnit.MILLISECONDS);
            launch(first);
        }
    }

    /** Keeps a sample of the metrics for the rates of {@link #operators()}. */
    private void sampleMetrics() {
        history.add(new MetricsHistory.Sample(System.nanoTime(), metrics.snapshot()));
    }

    /** One periodic step of the coordinator; an exception must not end the periodic schedule. */
    private void tick() {
        try {
            coordinator.tick();
        } catch (RuntimeException e) {
            LOG.error("checkpoint coordinator failed job={}", id, e);
            Execution execution = current;
            if (execution != null) {
                execution.taskFailed("checkpoint-coordinator", e);
            }
        }
    }

    private void launch(Execution execution) {
        running = execution;
        current = execution;
        // The start time is taken here, not on the scheduler, so a test clock moved right after is counted from it.
        long startMillis = engineOptions.clock().millis();
        execution.start();
        toCoordinator(c -> c.attach(execution, startMillis));
        if (stopAfterSavepoint) {
            // Restarted between the savepoint and the stop: sinks commit the restored savepoint's output, then stop.
            execution.stopAfterPendingMail();
        }
    }

    /** Called by an execution's monitor once every thread of the execution has ended. */
    void executionEnded(Execution execution) {
        synchronized (lock) {
            running = null;
            toCoordinator(CheckpointCoordinator::detach);
            Throwable cause = execution.failure();
            if (canceled) {
                end(JobStatus.CANCELED, null);
                return;
            }
            if (cause == null) {
                end(JobStatus.FINISHED, null);
                return;
            }
            Duration delay = options.restartStrategy().delayBefore(restarts + 1);
            if (delay == null) {
                end(JobStatus.FAILED, cause);
                return;
            }
            LOG.warn("job restarting job={} restart={} delayMs={}", id, restarts + 1, delay.toMillis(), cause);
            pendingRestart = scheduler.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void restart() {
        synchronized (lock) {
            pendingRestart = null;
            if (canceled || ended) {
                return;
            }
            try {
                CompletedCheckpoint restore = latestCheckpoint();
                restarts++;
                LOG.info("job redeploying job={} restart={} checkpoint={}", id, restarts,
                        restore == null ? "none" : restore.checkpointId());
                launch(TaskDeployer.deploy(this, restore));
            } catch (Throwable t) {
                end(JobStatus.FAILED, t);
            }
        }
    }

    /**
     * The newest committed checkpoint or savepoint of this job (a job without periodic checkpoints restarts from its
     * savepoint, whose output its sinks committed), else the one the job started from, else {@code null}.
     */
    private CompletedCheckpoint latestCheckpoint() throws Exception {
        if (coordinator != null) {
            Optional<CompletedCheckpoint> latest = engineOptions.checkpointStorage().latest(id);
            if (latest.isPresent()) {
                return latest.get();
            }
        }
        return options.restoreFrom();
    }

    /** Why this job cannot take a savepoint at all, or {@code null} if it can. */
    private WeirException savepointRefusal() {
        if (coordinator == null) {
            return SavepointErrors.noStorage(id);
        }
        for (Vertex vertex : dataflow.vertices()) {
            if (vertex.isSource() && vertex.source().positionType() == null) {
                return SavepointErrors.sourceWithoutPositions(id, vertex.source().describe());
            }
        }
        return null;
    }

    @Override
    public CompletableFuture<CompletedCheckpoint> savepoint() {
        CompletableFuture<CompletedCheckpoint> result = new CompletableFuture<>();
        WeirException refused = savepointRefusal();
        if (refused != null) {
            result.completeExceptionally(refused);
            return result;
        }
        synchronized (lock) {
            if (ended || canceled || !toCoordinator(c -> c.triggerSavepoint(result))) {
                result.completeExceptionally(SavepointErrors.jobEnded(id));
            }
        }
        return result;
    }

    @Override
    public CompletableFuture<CompletedCheckpoint> stopWithSavepoint() {
        CompletableFuture<CompletedCheckpoint> savepoint = new CompletableFuture<>();
        WeirException refused = savepointRefusal();
        if (refused != null) {
            savepoint.completeExceptionally(refused);
            return savepoint;
        }
        synchronized (lock) {
            // Paused before the trigger, on the scheduler, so no checkpoint after the savepoint commits output.
            if (ended || canceled || !toCoordinator(c -> {
                c.pausePeriodicTriggers();
                c.triggerSavepoint(savepoint);
            })) {
                savepoint.completeExceptionally(SavepointErrors.jobEnded(id));
                return savepoint;
            }
        }
        // Completed on the scheduler right after the tasks were told of the commit, so the stop mail follows it.
        savepoint.whenComplete((committed, error) -> {
            if (error != null) {
                toCoordinator(CheckpointCoordinator::resumePeriodicTriggers);
            } else {
                stopAfterSavepoint();
            }
        });
        return savepoint.thenCompose(committed -> termination.thenApply(status -> committed));
    }

    private void stopAfterSavepoint() {
        synchronized (lock) {
            if (ended || canceled) {
                return;
            }
            stopAfterSavepoint = true;
            if (running != null) {
                running.stopAfterPendingMail();
            } else {
                cancel();
            }
        }
    }

    @Override
    public void cancel() {
        synchronized (lock) {
            if (ended || canceled) {
                return;
            }
            canceled = true;
            LOG.info("job canceling job={}", id);
            if (running != null) {
                running.stop();
                return;
            }
            if (pendingRestart != null) {
                pendingRestart.cancel(false);
            }
            end(JobStatus.CANCELED, null);
        }
    }

    /**
     * Ends the job, under the lock: on the scheduler, the coordinator aborts what is in progress and the writers
     * finish, then the final status is set and {@link #termination()} completes.
     */
    private void end(JobStatus finalStatus, Throwable cause) {
        ended = true;
        failure = cause;
        try {
            scheduler.execute(() -> {
                if (coordinator != null) {
                    coordinator.detach();
                    writers.shutdown();
                    awaitWriters();
                }
                // Queued behind acknowledgements the writers posted, so their files are removed before the end.
                scheduler.execute(() -> complete(finalStatus));
                scheduler.shutdown();
            });
        } catch (RejectedExecutionException e) {
            complete(finalStatus);
        }
    }

    private void awaitWriters() {
        try {
            if (!writers.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warn("checkpoint writers still running at the end of job={}", id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void complete(JobStatus finalStatus) {
        endTime = Instant.now();
        status = finalStatus;
        if (finalStatus == JobStatus.FAILED) {
            LOG.error("job failed job={} restarts={}", id, restarts, failure);
        }
        LOG.info("job ended job={} status={} durationMs={}", id, finalStatus,
                Duration.between(startTime == null ? endTime : startTime, endTime).toMillis());
        termination.complete(finalStatus);
    }

    /** Runs {@code action} on the coordinator on the scheduler thread; {@code false} if there is none any more. */
    boolean toCoordinator(Consumer<CheckpointCoordinator> action) {
        if (coordinator == null) {
            return false;
        }
        try {
            scheduler.execute(() -> action.accept(coordinator));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Runs a task's checkpoint writing in the background; after the job ended it is dropped: {@code false}. */
    boolean writeInBackground(Runnable write) {
        try {
            writers.execute(write);
            return true;
        } catch (RejectedExecutionException e) {
            LOG.debug("checkpoint write dropped: job {} ended", id);
            return false;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Instant startTime() {
        return startTime;
    }

    @Override
    public Optional<Instant> endTime() {
        return Optional.ofNullable(endTime);
    }

    @Override
    public JobOptions options() {
        return options;
    }

    @Override
    public JobStatus status() {
        return status;
    }

    @Override
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public CompletableFuture<JobStatus> termination() {
        return termination.copy();
    }

    @Override
    public long bufferedRows() {
        Execution execution = current;
        return execution == null ? 0 : execution.bufferedRows();
    }

    /** Where the job's tasks register their counters and gauges. */
    JobMetrics jobMetrics() {
        return metrics;
    }

    @Override
    public Map<String, Long> metrics() {
        return metrics.snapshot();
    }

    @Override
    public List<OperatorMetrics> operators() {
        return OperatorFigures.of(dataflow, metrics.snapshot(), history, status.isTerminal());
    }

    @Override
    public String toString() {
        return "Job[" + id + ", " + name + ", " + status + "]";
    }
}
