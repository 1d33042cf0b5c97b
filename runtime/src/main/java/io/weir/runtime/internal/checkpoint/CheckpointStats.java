package io.weir.runtime.internal.checkpoint;

import java.time.Duration;

/**
 * What a completed checkpoint cost, for metrics and system tables; the per-task parts are the slowest task's.
 *
 * @param duration from the trigger to the last acknowledgement
 * @param syncDuration the longest synchronous copy of a task's state
 * @param asyncDuration the longest background write of a task's files
 * @param alignment the longest barrier alignment of a task
 * @param sizeBytes the bytes of the files the checkpoint wrote (not those of earlier checkpoints an incremental
 *     checkpoint lists)
 * @param fileCount the files a restore from it reads
 */
public record CheckpointStats(long checkpointId, Duration duration, Duration syncDuration, Duration asyncDuration,
        Duration alignment, long sizeBytes, int fileCount) {
}
