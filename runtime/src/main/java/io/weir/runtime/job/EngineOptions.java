package io.weir.runtime.job;

import io.weir.runtime.dataflow.KeyGroups;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How an engine sizes the exchanges between tasks, partitions keyed state, detects idle sources and tells the time.
 *
 * @param batchSizeRows the most rows a batch carries from one subtask to another
 * @param channelCapacityBatches the most batches a channel holds before its producer blocks (back-pressure)
 * @param maxParallelism the number of key groups ({@code pipeline.max-parallelism}); the most subtasks of a keyed
 *     or hash-partitioned vertex
 * @param sourceIdleTimeout how long a source reader may produce nothing before its outputs are marked idle, so they
 *     stop holding back downstream watermarks ({@code table.exec.source.idle-timeout}); zero turns this off
 * @param clock the processing-time clock of timers and idleness; tests pass one they advance themselves
 */
public record EngineOptions(int batchSizeRows, int channelCapacityBatches, int maxParallelism,
        Duration sourceIdleTimeout, InstantSource clock) {
    public EngineOptions {
        if (batchSizeRows < 1) {
            throw new IllegalArgumentException("batchSizeRows must be at least 1, not " + batchSizeRows);
        }
        if (channelCapacityBatches < 1) {
            throw new IllegalArgumentException("channelCapacityBatches must be at least 1, not " + channelCapacityBatches);
        }
        if (maxParallelism < 1 || maxParallelism > KeyGroups.UPPER_BOUND_MAX_PARALLELISM) {
            throw new IllegalArgumentException("maxParallelism must be in [1, " + KeyGroups.UPPER_BOUND_MAX_PARALLELISM
                    + "], not " + maxParallelism);
        }
        Objects.requireNonNull(sourceIdleTimeout, "sourceIdleTimeout");
        if (sourceIdleTimeout.isNegative()) {
            throw new IllegalArgumentException("sourceIdleTimeout must not be negative, not " + sourceIdleTimeout);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** Exchange sizes with the other options at their defaults. */
    public EngineOptions(int batchSizeRows, int channelCapacityBatches) {
        this(batchSizeRows, channelCapacityBatches, KeyGroups.DEFAULT_MAX_PARALLELISM, Duration.ZERO,
                InstantSource.system());
    }

    /** Batches of 1024 rows, 8 batches per channel, 128 key groups, no idleness, the system clock. */
    public static EngineOptions defaults() {
        return new EngineOptions(1024, 8);
    }

    public EngineOptions withMaxParallelism(int value) {
        return new EngineOptions(batchSizeRows, channelCapacityBatches, value, sourceIdleTimeout, clock);
    }

    public EngineOptions withSourceIdleTimeout(Duration value) {
        return new EngineOptions(batchSizeRows, channelCapacityBatches, maxParallelism, value, clock);
    }

    public EngineOptions withClock(InstantSource value) {
        return new EngineOptions(batchSizeRows, channelCapacityBatches, maxParallelism, sourceIdleTimeout, value);
    }
}
