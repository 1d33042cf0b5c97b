package io.weir.checkpoint;

import io.weir.runtime.job.JobStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A job as the metadata database keeps it: what ran, and how it ended. */
public record JobRecord(String id, String name, String sql, JobStatus status, Instant startTime,
        Optional<Instant> endTime, Optional<String> failure) {
    public JobRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(failure, "failure");
    }
}
