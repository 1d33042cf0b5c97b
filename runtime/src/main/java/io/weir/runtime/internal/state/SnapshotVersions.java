package io.weir.runtime.internal.state;

import java.util.Arrays;

/**
 * The version counter of one operator instance's state and the versions of its snapshots still being written, which
 * tell the task when it must copy before it changes something.
 *
 * <p>Every entry of a {@link CopyOnWriteStateMap}, every value in it and every timer carries the version current when
 * the task made it. Taking a snapshot increments the version: the snapshot {@code s} sees exactly what was made at
 * versions below {@code s}, and the task must not change any of that while {@code s} is live. So, before changing
 * something of version {@code v}, the task copies it if {@code v < }{@link #required()}, the highest live snapshot's
 * version (0 when none is live), and changes the copy, made at the current version.
 *
 * <p>Threading: {@link #current()} and {@link #snapshot()} are the task thread's; {@link #release} may be called
 * from any thread (the background writer, once the snapshot is written). {@link #required()} is volatile, so the task
 * sees a release at its next state access; seeing it late only costs a copy.
 */
final class SnapshotVersions {
    private int current;
    /** The live snapshots' versions, ascending, in {@code live[0..liveCount)}; guarded by {@code this}. */
    private int[] live = new int[4];
    private int liveCount;
    private volatile int required;
    /** Values copied because a live snapshot shared them; for tests and measurements. */
    private long copies;
    /** Whether states and timers log what they remove, for incremental snapshots. */
    private boolean tracksRemovals;

    /** From now on states and timers log what they remove (see {@link RemovalLog}); task thread only. */
    void trackRemovals() {
        tracksRemovals = true;
    }

    boolean tracksRemovals() {
        return tracksRemovals;
    }

    /** The version the task gives what it makes or copies now. */
    int current() {
        return current;
    }

    /** The highest live snapshot's version, or 0: whatever is of a lower version is shared with a snapshot. */
    int required() {
        return required;
    }

    /** Starts a snapshot: returns its version, live until {@link #release}d. */
    int snapshot() {
        int version = ++current;
        synchronized (this) {
            if (liveCount == live.length) {
                live = Arrays.copyOf(live, liveCount * 2);
            }
            live[liveCount++] = version;
            required = version;
        }
        return version;
    }

    /** The snapshot of {@code version} is written or dropped: the task need no longer keep what only it shares. */
    synchronized void release(int version) {
        for (int i = 0; i < liveCount; i++) {
            if (live[i] == version) {
                System.arraycopy(live, i + 1, live, i, liveCount - i - 1);
                liveCount--;
                required = liveCount == 0 ? 0 : live[liveCount - 1];
                return;
            }
        }
    }

    /** The number of live snapshots. */
    synchronized int liveCount() {
        return liveCount;
    }

    /** Counts one value copied because a live snapshot shared it. */
    void copied() {
        copies++;
    }

    /** How many values the task has copied because a live snapshot shared them; read on the task thread. */
    long copies() {
        return copies;
    }
}
