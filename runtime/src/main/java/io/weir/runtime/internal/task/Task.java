package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
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
    private final List<OperatorSpec> specs;
    private final ThreadedJob job;
    private volatile boolean canceled;
    private Thread thread;

    Task(TaskOperatorContext context, List<OperatorSpec> specs, ExchangeOutput output, ThreadedJob job) {
        this.context = context;
        this.specs = specs;
        this.output = output;
        this.job = job;
    }

    /**
     * Feeds the task's input to {@code head} until the input ends or the task is canceled.
     *
     * @return {@code true} if the input ended, {@code false} if the task was canceled first
     */
    abstract boolean readToEnd(Output head) throws Exception;

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
            chain.instantiate(specs, output);
            chain.open(context);
            if (readToEnd(chain.head())) {
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
