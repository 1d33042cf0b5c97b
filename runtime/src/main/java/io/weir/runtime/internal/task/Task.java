package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.job.EngineOptions;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.MDC;

/**
 * One subtask of a vertex, run by its own thread: its input (a source reader or an input gate), its operator chain
 * and its output to the next tasks. The life cycle is the same for both kinds of input: make the chain, restore its
 * state if the execution restores from a checkpoint, open it, feed it until the input ends, finish the chain and
 * signal the end downstream, and close everything in every case. Between polls or batches it reads its mailbox.
 * Any exception is reported to the execution, which decides whether it is the job's failure.
 */
abstract class Task implements Runnable {
    final TaskSetup setup;
    final TaskOperatorContext context;
    final ExchangeOutput output;
    final EngineOptions options;
    final Execution execution;
    final ThreadedJob job;
    final TaskMailbox mailbox = new TaskMailbox();
    final TaskSnapshotter snapshotter;
    /** What the task restores from, or {@code null} on a fresh start. */
    final TaskRestore restore;
    private volatile boolean canceled;
    /** The task's watermark, written by its thread and read by {@code Job.metrics()}. */
    private volatile long watermark = Long.MIN_VALUE;
    private volatile Thread thread;
    /** When the task last published its chain's state figures ({@link System#nanoTime}). */
    private long figuresPublishedAt;
    /** Whether the task handled input since it last published its state figures. */
    boolean figuresStale;

    Task(TaskSetup setup, ExchangeOutput output, Execution execution) {
        this.setup = setup;
        this.context = setup.context();
        this.output = output;
        this.execution = execution;
        this.job = execution.job();
        this.options = job.engineOptions();
        this.snapshotter = new TaskSnapshotter(context, setup.taskIndex(), setup.firstKeyGroup(),
                setup.lastKeyGroup(), execution);
        this.restore = execution.restoreFor(context.subtaskIndex(), context.parallelism());
        job.jobMetrics().gauge(context.metricPrefix() + "watermark", () -> watermark);
        job.jobMetrics().gauge(context.metricPrefix() + "backPressuredNanos", setup.outputBlocked()::nanos);
    }

    /** How often a task measures and publishes its chain's state figures, while it handles input. */
    static final long FIGURES_INTERVAL_NANOS = 1_000_000_000L;

    /** Publishes the chain's state figures if the last publication is {@link #FIGURES_INTERVAL_NANOS} old. */
    final void publishFiguresIfDue(OperatorChain chain) {
        if (figuresStale && nanosUntilFigures() == 0) {
            publishFigures(chain);
        }
    }

    /** The nanoseconds until the state figures are due again, 0 if they are. */
    final long nanosUntilFigures() {
        return Math.max(0, figuresPublishedAt + FIGURES_INTERVAL_NANOS - System.nanoTime());
    }

    final void publishFigures(OperatorChain chain) {
        chain.publishStateFigures();
        figuresPublishedAt = System.nanoTime();
        figuresStale = false;
    }

    /**
     * Feeds the task's input to the chain's head until the input ends or the task is canceled; fires the chain's
     * processing-time timers as they fall due, and reads the mailbox.
     *
     * @return {@code true} if the input ended, {@code false} if the task was canceled first
     */
    abstract boolean readToEnd(OperatorChain chain) throws Exception;

    /** Checkpoint {@code checkpointId} was triggered; only source tasks receive triggers. */
    void triggered(OperatorChain chain, long checkpointId) throws Exception {
        throw new IllegalStateException("task " + context.taskName() + " is not a source but was told to trigger "
                + "checkpoint " + checkpointId);
    }

    /** Checkpoint {@code checkpointId} was aborted; a task aligning its barriers stops. */
    void aborted(long checkpointId) {
    }

    /** Handles every mail that arrived. */
    final void readMail(OperatorChain chain) throws Exception {
        TaskMailbox.Mail mail;
        while ((mail = mailbox.poll()) != null) {
            switch (mail.kind()) {
                case TRIGGER -> triggered(chain, mail.checkpointId());
                case COMMITTED -> {
                    chain.notifyCommitted(mail.checkpointId());
                    snapshotter.advanceBase(chain);
                }
                case ABORTED -> {
                    aborted(mail.checkpointId());
                    snapshotter.aborted(mail.checkpointId());
                }
                case STOP -> execution.taskReadyToStop();
                default -> throw new IllegalStateException("unknown mail " + mail);
            }
        }
    }

    /** Records the watermark the task sent into its chain, for the metrics. */
    final void watermarkSent(long value) {
        watermark = value;
    }

    /** Fires the chain's processing-time timers that are due by the engine's clock; flushes what they emitted. */
    final void fireDueProcessingTimers(OperatorChain chain) throws Exception {
        long next = chain.nextProcessingTime();
        if (next == Long.MAX_VALUE) {
            return;
        }
        long now = options.clock().millis();
        if (next <= now) {
            chain.fireProcessingTimers(now);
            output.flush();
        }
    }

    /** Closes the task's input; returns the exception it threw, or {@code null}. */
    abstract Throwable closeInput();

    @Override
    public final void run() {
        MDC.put("job", context.jobId());
        MDC.put("vertex", context.vertexName());
        MDC.put("subtask", Integer.toString(context.subtaskIndex()));
        OperatorChain chain = new OperatorChain(setup.uids());
        Throwable failure = null;
        boolean finished = false;
        try {
            chain.instantiate(setup.specs(), output, context, setup.inputType(), job.options().maxParallelism(),
                    options.clock(), job.jobMetrics());
            if (snapshotter.isIncremental()) {
                chain.trackRemovals();
            }
            if (restore != null) {
                chain.restorePendingCommits(restore.pendingCommits(chain));
            }
            chain.open();
            if (restore != null) {
                chain.restoreState(restore.keyedState(chain));
            }
            publishFigures(chain);
            if (readToEnd(chain)) {
                chain.finish();
                publishFigures(chain);
                output.endOfInput();
                finished = true;
            }
        } catch (Throwable t) {
            failure = ChainedException.unwrap(t);
        }
        // A cancellation's interrupt would break the I/O a close may need, such as flushing a file.
        Thread.interrupted();
        Throwable inputClose = closeInput();
        Throwable chainClose = chain.close();
        if (failure == null) {
            failure = inputClose != null ? inputClose : chainClose;
        }
        if (failure != null) {
            execution.taskFailed(context.taskName(), failure);
        } else if (finished) {
            execution.taskFinished();
        }
        MDC.clear();
    }

    /** Whether the task was told to stop; read by the task's loop. */
    final boolean isCanceled() {
        return canceled;
    }

    /** Tells the task to stop: sets the flag its loop reads and interrupts its thread, unless called by that thread. */
    final void cancel() {
        canceled = true;
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
        }
    }

    /** Unparks the task's thread, for a task that parks while it waits; called by any thread. */
    final void unparkThread() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    final Thread newThread() {
        Thread t = new Thread(this, context.taskName());
        // Daemon, so that a job nobody stopped never keeps the process alive; the shell stops its jobs itself.
        t.setDaemon(true);
        thread = t;
        return t;
    }
}
