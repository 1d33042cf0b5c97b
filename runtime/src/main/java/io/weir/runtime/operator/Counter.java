package io.weir.runtime.operator;

/**
 * A metric an operator counts, such as {@code lateRecordsDropped}; its value is visible in
 * {@link io.weir.runtime.job.Job#metrics()}. Incremented by the operator's thread only; read by any thread.
 */
public interface Counter {
    void inc();

    void inc(long n);

    long count();
}
