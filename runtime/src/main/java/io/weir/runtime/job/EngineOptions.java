package io.weir.runtime.job;

/**
 * How an engine sizes the exchanges between tasks.
 *
 * @param batchSizeRows the most rows a batch carries from one subtask to another
 * @param channelCapacityBatches the most batches a channel holds before its producer blocks (back-pressure)
 */
public record EngineOptions(int batchSizeRows, int channelCapacityBatches) {
    public EngineOptions {
        if (batchSizeRows < 1) {
            throw new IllegalArgumentException("batchSizeRows must be at least 1, not " + batchSizeRows);
        }
        if (channelCapacityBatches < 1) {
            throw new IllegalArgumentException("channelCapacityBatches must be at least 1, not " + channelCapacityBatches);
        }
    }

    /** Batches of 1024 rows, 8 batches per channel. */
    public static EngineOptions defaults() {
        return new EngineOptions(1024, 8);
    }
}
