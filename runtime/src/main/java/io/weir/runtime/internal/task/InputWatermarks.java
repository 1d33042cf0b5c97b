package io.weir.runtime.internal.task;

import java.util.Arrays;

/**
 * The watermark of a task with several input channels: the minimum over the channels that are neither idle nor
 * ended. An ended channel counts as +∞; when every channel still running is idle the watermark holds; a channel is
 * active again with its next rows. The result never decreases. Used by the task's thread only.
 */
final class InputWatermarks {
    private final long[] watermarks;
    private final boolean[] idle;
    private final boolean[] ended;
    private int endedCount;
    private long current = Long.MIN_VALUE;

    InputWatermarks(int channels) {
        this.watermarks = new long[channels];
        this.idle = new boolean[channels];
        this.ended = new boolean[channels];
        Arrays.fill(watermarks, Long.MIN_VALUE);
    }

    long current() {
        return current;
    }

    boolean allEnded() {
        return endedCount == watermarks.length;
    }

    /** Whether every channel still running is idle (and at least one is). */
    boolean isIdle() {
        boolean anyIdle = false;
        for (int i = 0; i < watermarks.length; i++) {
            if (ended[i]) {
                continue;
            }
            if (!idle[i]) {
                return false;
            }
            anyIdle = true;
        }
        return anyIdle;
    }

    void watermark(int channel, long value) {
        if (value > watermarks[channel]) {
            watermarks[channel] = value;
            recompute();
        }
    }

    void active(int channel) {
        if (idle[channel]) {
            idle[channel] = false;
            recompute();
        }
    }

    void idle(int channel) {
        if (!idle[channel] && !ended[channel]) {
            idle[channel] = true;
            recompute();
        }
    }

    void ended(int channel) {
        if (!ended[channel]) {
            ended[channel] = true;
            idle[channel] = false;
            watermarks[channel] = Long.MAX_VALUE;
            endedCount++;
            recompute();
        }
    }

    private void recompute() {
        long min = Long.MAX_VALUE;
        boolean anyActive = false;
        for (int i = 0; i < watermarks.length; i++) {
            if (ended[i] || idle[i]) {
                continue;
            }
            anyActive = true;
            if (watermarks[i] < min) {
                min = watermarks[i];
            }
        }
        if (!anyActive && !allEnded()) {
            return;
        }
        if (min > current) {
            current = min;
        }
    }
}
