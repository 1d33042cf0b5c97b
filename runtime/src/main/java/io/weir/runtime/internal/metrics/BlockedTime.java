package io.weir.runtime.internal.metrics;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The time a task's thread spent blocked because an output channel was full, measured with {@link System#nanoTime}
 * around each wait: its producer calls {@link #begin} and {@link #end} (only when it actually waits, never per row),
 * any thread reads {@link #nanos}, which includes a wait still in progress.
 */
public final class BlockedTime {
    private final AtomicLong totalNanos = new AtomicLong();
    /** When the wait in progress began; 0 when the thread is not blocked. */
    private volatile long since;

    /** The producer starts waiting for room; nothing if it already waits. */
    public void begin() {
        if (since == 0) {
            long now = System.nanoTime();
            since = now == 0 ? 1 : now;
        }
    }

    /** The producer has room again; nothing if it was not waiting. */
    public void end() {
        long start = since;
        if (start != 0) {
            // Cleared before the total grows: a reader between the two undercounts for a moment, never counts twice.
            since = 0;
            totalNanos.lazySet(totalNanos.get() + System.nanoTime() - start);
        }
    }

    /** The nanoseconds blocked so far, the current wait included; any thread. */
    public long nanos() {
        long total = totalNanos.get();
        long start = since;
        return start == 0 ? total : total + Math.max(0, System.nanoTime() - start);
    }
}
