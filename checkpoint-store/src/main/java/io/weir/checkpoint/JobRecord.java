package io.weir.checkpoint;

import io.weir.runtime.job.JobStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job as the metadata database keeps it: what ran, with which options, and how it ended.
 *
 * @param options the session options the job was planned and started with, by Flink's names
 * @param temporaryDefinitions the statements ({@code CREATE TEMPORARY VIEW ...}) of the session's temporary objects
 *     that {@code sql} reads, directly or through views, in dependency order: each after those it reads
 */
public record JobRecord(String id, String name, String sql, JobStatus status, Instant startTime,
        Optional<Instant> endTime, Optional<String> failure, Map<String, String> options,
        List<String> temporaryDefinitions) {
    public JobRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        Objects.requireNonNull(failure, "failure");
        options = Map.copyOf(options);
        temporaryDefinitions = List.copyOf(temporaryDefinitions);
    }

    /** A job that reads no temporary object. */
    public JobRecord(String id, String name, String sql, JobStatus status, Instant startTime,
            Optional<Instant> endTime, Optional<String> failure, Map<String, String> options) {
        this(id, name, sql, status, startTime, endTime, failure, options, List.of());
    }

    /** A job recorded without its options. */
    public JobRecord(String id, String name, String sql, JobStatus status, Instant startTime,
            Optional<Instant> endTime, Optional<String> failure) {
        this(id, name, sql, status, startTime, endTime, failure, Map.of(), List.of());
    }
}
