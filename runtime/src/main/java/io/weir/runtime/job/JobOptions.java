package io.weir.runtime.job;

import io.weir.runtime.dataflow.KeyGroups;
import java.time.Duration;
import java.util.Objects;

/**
 * How one job partitions its keyed state and detects idle sources; each job submitted to an engine has its own.
 *
 * @param maxParallelism the number of key groups ({@code pipeline.max-parallelism}); the most subtasks of a keyed
 *     or hash-partitioned vertex
 * @param sourceIdleTimeout how long a source reader may produce nothing before its outputs are marked idle, so they
 *     stop holding back downstream watermarks ({@code table.exec.source.idle-timeout}); zero turns this off
 */
public record JobOptions(int maxParallelism, Duration sourceIdleTimeout) {
    public JobOptions {
        if (maxParallelism < 1 || maxParallelism > KeyGroups.UPPER_BOUND_MAX_PARALLELISM) {
            throw new IllegalArgumentException("maxParallelism must be in [1, " + KeyGroups.UPPER_BOUND_MAX_PARALLELISM
                    + "], not " + maxParallelism);
        }
        Objects.requireNonNull(sourceIdleTimeout, "sourceIdleTimeout");
        if (sourceIdleTimeout.isNegative()) {
            throw new IllegalArgumentException("sourceIdleTimeout must not be negative, not " + sourceIdleTimeout);
        }
    }

    /** 128 key groups and no idleness, as Flink's defaults. */
    public static JobOptions defaults() {
        return new JobOptions(KeyGroups.DEFAULT_MAX_PARALLELISM, Duration.ZERO);
    }

    public JobOptions withMaxParallelism(int value) {
        return new JobOptions(value, sourceIdleTimeout);
    }

    public JobOptions withSourceIdleTimeout(Duration value) {
        return new JobOptions(maxParallelism, value);
    }
}
