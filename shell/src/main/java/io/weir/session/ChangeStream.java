package io.weir.session;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * A running query's result, read change by change by one consumer thread; closing it cancels the query's job.
 * Back-pressure: while the consumer does not read, the job's collect sink blocks and its sources slow down.
 */
public interface ChangeStream extends AutoCloseable {
    /**
     * Waits for the next change and returns true, or returns false once the job has finished and every change was read.
     *
     * @throws io.weir.runtime.WeirException if the job failed (with the root cause) or was cancelled
     * @throws InterruptedException if the waiting thread is interrupted (the shell's Ctrl-C); the job keeps running
     *     until {@link #close()}
     */
    boolean next() throws InterruptedException;

    /** The kind of the current change. */
    ChangeKind kind();

    /** The current change's row, valid until the next call to {@link #next()}. */
    Row row();

    /** The id of the job computing it. */
    String jobId();

    /** Cancels the job if it is still running and waits for its threads to end. */
    @Override
    void close();
}
