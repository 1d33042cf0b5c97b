package io.weir.checkpoint;

import io.weir.runtime.job.JobStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job as the metadata database keeps it: what ran, with which options, and how it ended.
 *
 * @param options the session options the job was planned and started with, by Flink's names
 */
public record JobRecord(String id, String name, String sql, JobStatus status, Instant startTime,
        Optional<Instant> endTime, Optional<String> failure, Map<String, String> options) {
    public JobRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(failure, "failure");
        options = Map.copyOf(options);
    }

    /** A job recorded without its options. */
    public JobRecord(String id, String name, String sql, JobStatus status, Instant startTime,
            Optional<Instant> endTime, Optional<String> failure) {
        this(id, name, sql, status, startTime, endTime, failure, Map.of());
    }
}
