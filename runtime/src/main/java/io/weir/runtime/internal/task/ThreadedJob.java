package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.channel.InputGate;
import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.job.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job whose tasks each run on a thread of their own. The first of a task failure or a cancel decides how the job
 * stops; then every task is told to stop and every gate is closed, which wakes tasks blocked on channels. The job
 * takes its final status once every task thread has ended, which a monitor thread awaits.
 */
final class ThreadedJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(ThreadedJob.class);

    private final String id;
    private final String name;
    private final JobOptions options;
    private final List<Task> tasks = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<InputGate> gates = new ArrayList<>();
    private final List<ExchangeOutput> outputs = new ArrayList<>();
    private final JobMetrics metrics = new JobMetrics();
    private final AtomicReference<JobStatus> stopDecision = new AtomicReference<>();
    private final CompletableFuture<JobStatus> termination = new CompletableFuture<>();
    private volatile JobStatus status = JobStatus.CREATED;
    private volatile Throwable failure;
    private volatile Instant startTime;
    private volatile Instant endTime;

    ThreadedJob(String id, String name, JobOptions options) {
        this.id = id;
        this.name = name;
        this.options = options;
    }

    void addGate(InputGate gate) {
        gates.add(gate);
    }

    void addTask(Task task) {
        tasks.add(task);
        outputs.add(task.output);
        threads.add(task.newThread());
    }

    /** Starts every task thread and the monitor that completes {@link #termination()}. */
    void start() {
        startTime = Instant.now();
        status = JobStatus.RUNNING;
        LOG.info("job started job={} name={} tasks={}", id, name, tasks.size());
        for (Thread thread : threads) {
            thread.start();
        }
        Thread monitor = new Thread(this::awaitTasks, "weir-monitor-" + id);
        monitor.setDaemon(true);
        monitor.start();
    }

    /** Called by a task's thread when the task threw; the first exception of a running job is its failure. */
    void taskFailed(String taskName, Throwable cause) {
        if (stopDecision.compareAndSet(null, JobStatus.FAILED)) {
            failure = cause;
            LOG.error("job failed job={} task={}", id, taskName, cause);
            stopTasks();
        } else {
            LOG.debug("task stopped with an exception while its job stops job={} task={}", id, taskName, cause);
        }
    }

    @Override
    public void cancel() {
        if (stopDecision.compareAndSet(null, JobStatus.CANCELED)) {
            LOG.info("job canceling job={}", id);
            stopTasks();
        }
    }

    private void stopTasks() {
        for (Task task : tasks) {
            task.cancel();
        }
        for (InputGate gate : gates) {
            gate.close();
        }
    }

    private void awaitTasks() {
        for (Thread thread : threads) {
            joinUninterruptibly(thread);
        }
        JobStatus decided = stopDecision.compareAndExchange(null, JobStatus.FINISHED);
        JobStatus end = decided == null ? JobStatus.FINISHED : decided;
        endTime = Instant.now();
        status = end;
        LOG.info("job ended job={} status={} durationMs={}", id, end, Duration.between(startTime, endTime).toMillis());
        termination.complete(end);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
        long rows = 0;
        for (InputGate gate : gates) {
            rows += gate.queuedRows();
        }
        for (ExchangeOutput output : outputs) {
            rows += output.pendingRows();
        }
        return rows;
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
    public String toString() {
        return "Job[" + id + ", " + name + ", " + status + "]";
    }
}
