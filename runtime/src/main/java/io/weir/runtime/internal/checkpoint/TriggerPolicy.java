package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.checkpoint.CheckpointOptions;

/**
 * When the next checkpoint may start: an interval after the previous trigger, a minimum pause after the previous
 * checkpoint ended, and at most a number in progress at once; never with checkpointing off (no interval).
 */
final class TriggerPolicy {
    private final boolean periodic;
    private final long intervalMillis;
    private final long minPauseMillis;
    private final int maxConcurrent;
    private long lastTriggerMillis = Long.MIN_VALUE;
    private long lastEndMillis = Long.MIN_VALUE;

    TriggerPolicy(CheckpointOptions options) {
        this.periodic = options.isEnabled();
        this.intervalMillis = options.interval().toMillis();
        this.minPauseMillis = options.minPause().toMillis();
        this.maxConcurrent = options.maxConcurrent();
    }

    /**
     * Whether a checkpoint should be triggered at {@code nowMillis} with {@code pending} in progress. The first one
     * waits an interval after {@link #started}.
     */
    boolean shouldTrigger(long nowMillis, int pending) {
        if (!periodic || pending >= maxConcurrent) {
            return false;
        }
        if (nowMillis < lastTriggerMillis + intervalMillis) {
            return false;
        }
        return lastEndMillis == Long.MIN_VALUE || nowMillis >= lastEndMillis + minPauseMillis;
    }

    /** The execution started at {@code nowMillis}: the first trigger is an interval later. */
    void started(long nowMillis) {
        lastTriggerMillis = nowMillis;
    }

    void triggered(long nowMillis) {
        lastTriggerMillis = nowMillis;
    }

    /** A checkpoint completed, or was aborted, at {@code nowMillis}: the pause counts from here. */
    void ended(long nowMillis) {
        lastEndMillis = nowMillis;
    }
}
