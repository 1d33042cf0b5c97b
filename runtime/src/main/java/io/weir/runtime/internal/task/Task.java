package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.type.RowType;
import java.util.List;
import org.slf4j.MDC;

/**
 * One subtask of a vertex, run by its own thread: its input (a source reader or an input gate), its operator chain
 * and its output to the next tasks. The life cycle is the same for both kinds of input: make and open the chain, feed
 * it until the input ends, finish the chain and signal the end downstream, and close everything in every case.
 * Any exception is reported to the job, which decides whether it is the job's failure.
 */
abstract class Task implements Runnable {
    final TaskOperatorContext context;
    final ExchangeOutput output;
    final EngineOptions options;
    final ThreadedJob job;
    private final List<OperatorSpec> specs;
    private final RowType inputType;
    private volatile boolean canceled;
    /** The task's watermark, written by its thread and read by {@code Job.metrics()}. */
    private volatile long watermark = Long.MIN_VALUE;
    private Thread thread;

    /**
     * @param inputType the type of the rows the chain's first operator receives
     */
    Task(TaskOperatorContext context, List<OperatorSpec> specs, RowType inputType, ExchangeOutput output,
            ThreadedJob job, EngineOptions options) {
        this.context = context;
        this.specs = specs;
        this.inputType = inputType;
        this.output = output;
        this.job = job;
        this.options = options;
        job.jobMetrics().gauge(context.metricPrefix() + "watermark", () -> watermark);
    }

    /**
     * Feeds the task's input to the chain's head until the input ends or the task is canceled; fires the chain's
     * processing-time timers as they fall due.
     *
     * @return {@code true} if the input ended, {@code false} if the task was canceled first
     */
    abstract boolean readToEnd(OperatorChain chain) throws Exception;

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
        OperatorChain chain = new OperatorChain(specs.size());
        Throwable failure = null;
        try {
            chain.instantiate(specs, output, context, inputType, job.options().maxParallelism(), options.clock(),
                    job.jobMetrics());
            chain.open();
            if (readToEnd(chain)) {
                chain.finish();
                output.endOfInput();
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
            job.taskFailed(context.taskName(), failure);
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

    final Thread newThread() {
        Thread t = new Thread(this, context.taskName());
        // Daemon, so that a job nobody stopped never keeps the process alive; the shell stops its jobs itself.
        t.setDaemon(true);
        thread = t;
        return t;
    }
}
