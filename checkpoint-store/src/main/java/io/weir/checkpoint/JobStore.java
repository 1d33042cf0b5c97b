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

    Optional<JobRecord> get(String jobId);

    /** Every recorded job, oldest first. */
    List<JobRecord> list();
}
