package io.weir.runtime.job;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A submitted dataflow running in this process: its identity, status, and a way to stop it. */
public interface Job {
    String id();

    String name();

    Instant startTime();

    JobStatus status();

    /** The root cause of a FAILED job. */
    Optional<Throwable> failure();

    /** Completes with the final status once every task of the job has stopped and its threads have ended. */
    CompletableFuture<JobStatus> termination();

    /** Stops every task; the job ends CANCELED unless it had already ended. Returns at once. */
    void cancel();

    /** Rows buffered in the job's channels now, for back-pressure tests and DESCRIBE JOB. */
    long bufferedRows();
}
