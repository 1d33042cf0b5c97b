package io.weir.runtime.checkpoint;

import java.time.Duration;
import java.util.Objects;

/**
 * How a job takes checkpoints, with Flink's {@code execution.checkpointing.*} options.
 *
 * @param interval the time between the triggers of two checkpoints ({@code interval}); zero: checkpointing off
 * @param mode exactly-once or at-least-once ({@code mode})
 * @param unaligned whether exactly-once barriers overtake in-flight rows, which are stored with the snapshot
 *     ({@code unaligned.enabled})
 * @param alignedCheckpointTimeout with {@code unaligned}, how long a barrier may wait for alignment before the
 *     checkpoint switches to unaligned ({@code aligned-checkpoint-timeout}); zero: unaligned from the start
 * @param timeout a checkpoint not complete after this is aborted ({@code timeout})
 * @param minPause the least time between the end of one checkpoint and the trigger of the next ({@code min-pause})
 * @param maxConcurrent the most checkpoints in progress at once ({@code max-concurrent-checkpoints})
 * @param tolerableFailures consecutive failed checkpoints tolerated before the job fails
 *     ({@code tolerable-failed-checkpoints})
 * @param numRetained the committed checkpoints kept; older ones are removed ({@code num-retained})
 * @param incremental whether a checkpoint (never a savepoint) may write only the keyed state changed since the
 *     task's last committed checkpoint ({@code incremental})
 */
public record CheckpointOptions(Duration interval, CheckpointingMode mode, boolean unaligned,
        Duration alignedCheckpointTimeout, Duration timeout, Duration minPause, int maxConcurrent,
        int tolerableFailures, int numRetained, boolean incremental) {
    public CheckpointOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(alignedCheckpointTimeout, "alignedCheckpointTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(minPause, "minPause");
        if (interval.isNegative() || alignedCheckpointTimeout.isNegative() || minPause.isNegative()) {
            throw new IllegalArgumentException("negative duration in " + interval + ", " + alignedCheckpointTimeout
                    + ", " + minPause);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        if (maxConcurrent < 1 || tolerableFailures < 0 || numRetained < 1) {
            throw new IllegalArgumentException("maxConcurrent " + maxConcurrent + ", tolerableFailures "
                    + tolerableFailures + ", numRetained " + numRetained);
        }
        if (unaligned && mode != CheckpointingMode.EXACTLY_ONCE) {
            throw new IllegalArgumentException("unaligned checkpoints need EXACTLY_ONCE mode");
        }
    }

    /**
     * Checkpointing off, with Flink's defaults for the rest: exactly-once, aligned, 10 min timeout, no pause, one at a
     * time, no tolerated failure, one retained.
     */
    public static CheckpointOptions disabled() {
        return new CheckpointOptions(Duration.ZERO, CheckpointingMode.EXACTLY_ONCE, false, Duration.ZERO,
                Duration.ofMinutes(10), Duration.ZERO, 1, 0, 1, false);
    }

    public boolean isEnabled() {
        return !interval.isZero();
    }

    public CheckpointOptions withInterval(Duration value) {
        return new CheckpointOptions(value, mode, unaligned, alignedCheckpointTimeout, timeout, minPause,
                maxConcurrent, tolerableFailures, numRetained, incremental);
    }

    public CheckpointOptions withMode(CheckpointingMode value) {
        return new CheckpointOptions(interval, value, unaligned, alignedCheckpointTimeout, timeout, minPause,
                maxConcurrent, tolerableFailures, numRetained, incremental);
    }

    public CheckpointOptions withUnaligned(boolean value, Duration alignedTimeout) {
        return new CheckpointOptions(interval, mode, value, alignedTimeout, timeout, minPause, maxConcurrent,
                tolerableFailures, numRetained, incremental);
    }

    public CheckpointOptions withTimeout(Duration value) {
        return new CheckpointOptions(interval, mode, unaligned, alignedCheckpointTimeout, value, minPause,
                maxConcurrent, tolerableFailures, numRetained, incremental);
    }

    public CheckpointOptions withMinPause(Duration value) {
        return new CheckpointOptions(interval, mode, unaligned, alignedCheckpointTimeout, timeout, value,
                maxConcurrent, tolerableFailures, numRetained, incremental);
    }

    public CheckpointOptions withMaxConcurrent(int value) {
        return new CheckpointOptions(interval, mode, unaligned, alignedCheckpointTimeout, timeout, minPause, value,
                tolerableFailures, numRetained, incremental);
    }

    public CheckpointOptions withTolerableFailures(int value) {
        return new CheckpointOptions(interval, mode, unaligned, alignedCheckpointTimeout, timeout, minPause,
                maxConcurrent, value, numRetained, incremental);
    }

    public CheckpointOptions withNumRetained(int value) {
        return new CheckpointOptions(interval, mode, unaligned, alignedCheckpointTimeout, timeout, minPause,
                maxConcurrent, tolerableFailures, value, incremental);
    }

    public CheckpointOptions withIncremental(boolean value) {
        return new CheckpointOptions(interval, mode, unaligned, alignedCheckpointTimeout, timeout, minPause,
                maxConcurrent, tolerableFailures, numRetained, value);
    }
}
