package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.channel.InputGate;
import io.weir.runtime.internal.checkpoint.CheckpointParticipants;
import io.weir.runtime.internal.checkpoint.TaskAcknowledgement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One deployment of a job's dataflow: its tasks, their threads and channels, from start until every thread ended.
 * A job runs one execution at a time; a restart makes a new one. The first task failure stops every task of the
 * execution (a flag, an interrupt, and closing every input gate); the job then decides whether to restart.
 */
final class Execution implements CheckpointParticipants {
    private static final Logger LOG = LoggerFactory.getLogger(Execution.class);

    private final ThreadedJob job;
    private final CompletedCheckpoint restoreFrom;
    private final List<Task> tasks = new ArrayList<>();
    private final List<SourceTask> sources = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<InputGate> gates = new ArrayList<>();
    private final List<ExchangeOutput> outputs = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Set once the execution was told to stop; read by the tasks' threads when they fail. */
    private volatile boolean stopping;
    private final AtomicInteger finishedTasks = new AtomicInteger();
    /** The savepoints triggered in this execution: added before the trigger, read by tasks when they write. */
    private final Set<Long> savepointIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tasksReadyToStop = new AtomicInteger();

    /**
     * @param restoreFrom the checkpoint whose state the tasks load before reading input, or {@code null}
     */
    Execution(ThreadedJob job, CompletedCheckpoint restoreFrom) {
        this.job = job;
        this.restoreFrom = restoreFrom;
    }

    ThreadedJob job() {
        return job;
    }

    void addGate(InputGate gate) {
        gates.add(gate);
    }

    /** The index the next task added gets, by which it acknowledges checkpoints. */
    int nextTaskIndex() {
        return tasks.size();
    }

    void addTask(Task task) {
        tasks.add(task);
        if (task instanceof SourceTask) {
            sources.add((SourceTask) task);
        }
        outputs.add(task.output);
        threads.add(task.newThread());
    }

    /** What a task of subtask {@code subtask} of {@code parallelism} restores from, or {@code null}. */
    TaskRestore restoreFor(int subtask, int parallelism) {
        return restoreFrom == null ? null : new TaskRestore(storage(), restoreFrom, subtask, parallelism);
    }

    CheckpointStorage storage() {
        return job.engineOptions().checkpointStorage();
    }

    /** Starts every task thread and the monitor that tells the job when they all ended. */
    void start() {
        for (Thread thread : threads) {
            thread.start();
        }
        Thread monitor = new Thread(this::awaitTasks, "weir-monitor-" + job.id());
        monitor.setDaemon(true);
        monitor.start();
    }

    private void awaitTasks() {
        for (Thread thread : threads) {
            joinUninterruptibly(thread);
        }
        job.executionEnded(this);
    }

    /**
     * Called by a task's thread when the task threw; the first exception is the execution's failure. An exception
     * after the execution was told to stop (a cancel closes the channels under the tasks) is not logged as an error.
     */
    void taskFailed(String taskName, Throwable cause) {
        if (failure.compareAndSet(null, cause)) {
            if (stopping) {
                LOG.debug("task stopped with an exception after its job was told to stop job={} task={}", job.id(),
                        taskName, cause);
                return;
            }
            LOG.error("task failed job={} task={}", job.id(), taskName, cause);
            stop();
        } else {
            LOG.debug("task stopped with an exception while its job stops job={} task={}", job.id(), taskName, cause);
        }
    }

    /** Called by a task's thread when its input ended and it finished normally. */
    void taskFinished() {
        finishedTasks.incrementAndGet();
    }

    /** The first task failure, or {@code null}. */
    Throwable failure() {
        return failure.get();
    }

    /** Tells every task to stop and closes every gate, which wakes tasks blocked on channels. */
    void stop() {
        stopping = true;
        for (Task task : tasks) {
            task.cancel();
        }
        for (InputGate gate : gates) {
            gate.close();
        }
    }

    long bufferedRows() {
        long rows = 0;
        for (InputGate gate : gates) {
            rows += gate.queuedRows();
        }
        for (ExchangeOutput output : outputs) {
            rows += output.pendingRows();
        }
        return rows;
    }

    /** Runs a task's checkpoint writing on the job's background writers; {@code false} if the job ended. */
    boolean writeInBackground(Runnable write) {
        return job.writeInBackground(write);
    }

    /** Whether checkpoint {@code checkpointId} is a checkpoint or a savepoint, as its trigger said. */
    CheckpointKind kindOf(long checkpointId) {
        return savepointIds.contains(checkpointId) ? CheckpointKind.SAVEPOINT : CheckpointKind.CHECKPOINT;
    }

    void acknowledge(TaskAcknowledgement ack) {
        if (!job.toCoordinator(coordinator -> coordinator.acknowledge(ack))) {
            // The job ended while the task wrote: nobody will commit these files.
            storage().abort(job.id(), ack.checkpointId(), kindOf(ack.checkpointId()));
        }
    }

    void decline(long checkpointId, int taskIndex, Throwable cause) {
        if (!job.toCoordinator(coordinator -> coordinator.decline(checkpointId, taskIndex, cause))) {
            storage().abort(job.id(), checkpointId, kindOf(checkpointId));
        }
    }

    /**
     * Stops the execution once every task has read the mail posted before this call (such as a savepoint's commit
     * notification, so sinks commit its output first): each task reports when it reads this request, and the last
     * report stops the job.
     */
    void stopAfterPendingMail() {
        for (Task task : tasks) {
            task.mailbox.post(TaskMailbox.Kind.STOP, 0);
        }
    }

    /** A task read the stop request of {@link #stopAfterPendingMail}. */
    void taskReadyToStop() {
        if (tasksReadyToStop.incrementAndGet() == tasks.size()) {
            job.cancel();
        }
    }

    @Override
    public int taskCount() {
        return tasks.size();
    }

    @Override
    public boolean anyTaskFinished() {
        return finishedTasks.get() > 0;
    }

    @Override
    public void triggerSources(long checkpointId, CheckpointKind kind) {
        if (kind == CheckpointKind.SAVEPOINT) {
            savepointIds.add(checkpointId);
        }
        for (SourceTask source : sources) {
            source.mailbox.post(TaskMailbox.Kind.TRIGGER, checkpointId);
        }
    }

    @Override
    public void notifyCommitted(long checkpointId) {
        for (Task task : tasks) {
            // Before the mail, and before the coordinator can trigger another checkpoint: see IncrementalChains.
            task.snapshotter.heardCommitted(checkpointId);
            task.mailbox.post(TaskMailbox.Kind.COMMITTED, checkpointId);
        }
    }

    @Override
    public void notifyAborted(long checkpointId) {
        for (Task task : tasks) {
            task.mailbox.post(TaskMailbox.Kind.ABORTED, checkpointId);
        }
    }

    @Override
    public void failJob(Throwable cause) {
        taskFailed("checkpoint-coordinator", cause);
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
}
