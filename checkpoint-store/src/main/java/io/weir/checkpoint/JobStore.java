package io.weir.checkpoint;

import io.weir.runtime.job.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of the jobs run on a data directory. Safe to call from several threads (jobs end on their own threads). */
public interface JobStore {
    /** Records a job that has just started. */
    void record(JobRecord job);

    /** Sets a job's status; a final status comes with its end time and, for a failure, the message shown to the user. */
    void updateStatus(String jobId, JobStatus status, Optional<Instant> endTime, Optional<String> failure);

    /**
     * Sets a job's figures for the system tables: the parallelism it runs at, how often it restarted after a failure
     * and the late records its operators dropped, as of now (counted over its restarts).
     */
    void updateFigures(String jobId, int parallelism, int restarts, long lateRecordsDropped);

    Optional<JobRecord> get(String jobId);

    /** Every recorded job, oldest first. */
    List<JobRecord> list();
}
