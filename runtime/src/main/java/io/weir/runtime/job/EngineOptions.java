package io.weir.runtime.job;

import io.weir.runtime.checkpoint.CheckpointStorage;
import java.time.InstantSource;
import java.util.Objects;

/**
 * How an engine sizes the exchanges between tasks, tells the time and keeps checkpoints, for every job it runs; what
 * may differ between jobs is in {@link JobOptions}.
 *
 * @param batchSizeRows the most rows a batch carries from one subtask to another
 * @param channelCapacityBatches the most batches a channel holds before its producer blocks (back-pressure)
 * @param clock the processing-time clock of timers and idleness; tests pass one they advance themselves
 * @param checkpointStorage where jobs' checkpoints go, or {@code null}: then a job that asks for checkpoints or a
 *     restore is refused
 */
public record EngineOptions(int batchSizeRows, int channelCapacityBatches, InstantSource clock,
        CheckpointStorage checkpointStorage) {
    public EngineOptions {
        if (batchSizeRows < 1) {
            throw new IllegalArgumentException("batchSizeRows must be at least 1, not " + batchSizeRows);
        }
        if (channelCapacityBatches < 1) {
            throw new IllegalArgumentException("channelCapacityBatches must be at least 1, not " + channelCapacityBatches);
        }
        Objects.requireNonNull(clock, "clock");
    }

    /** Exchange sizes with a clock, without checkpoint storage. */
    public EngineOptions(int batchSizeRows, int channelCapacityBatches, InstantSource clock) {
        this(batchSizeRows, channelCapacityBatches, clock, null);
    }

    /** Exchange sizes with the system clock, without checkpoint storage. */
    public EngineOptions(int batchSizeRows, int channelCapacityBatches) {
        this(batchSizeRows, channelCapacityBatches, InstantSource.system());
    }

    /** Batches of 1024 rows, 8 batches per channel, the system clock, no checkpoint storage. */
    public static EngineOptions defaults() {
        return new EngineOptions(1024, 8);
    }

    public EngineOptions withClock(InstantSource value) {
        return new EngineOptions(batchSizeRows, channelCapacityBatches, value, checkpointStorage);
    }

    public EngineOptions withCheckpointStorage(CheckpointStorage value) {
        return new EngineOptions(batchSizeRows, channelCapacityBatches, clock, value);
    }
}
