package io.weir.runtime.internal.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * The timers of one time domain of an operator, deduplicated per key and timestamp and taken in timestamp order.
 *
 * <p>A deleted timer leaves its queue entry behind and is skipped when it reaches the head: the live timers are those
 * a hash map holds as its own canonical instances, so a deleted then re-registered timer is a new instance and the
 * stale entry (another instance) never fires. A snapshot copies the queue's array and keeps the entries live at its
 * version (see {@link Timer#deletedVersion}). Used by one thread, except that a snapshot's timers may be read by any.
 */
final class TimerQueue {
    private static final Comparator<Timer> BY_TIMESTAMP = Comparator.comparingLong(Timer::timestamp);

    private final TimerHeap queue = new TimerHeap();
    private final HashMap<Timer, Timer> live = new HashMap<>();
    private final Timer probe = new Timer(null, 0, 0);
    private final SnapshotVersions versions;
    private final RemovalLog removals = new RemovalLog();

    TimerQueue(SnapshotVersions versions) {
        this.versions = versions;
    }

    /** Registers a timer of the backend's current key; returns without allocating if it is already registered. */
    void register(KeyedStateBackend backend, long timestamp) {
        probe.set(backend.currentKey(), timestamp);
        if (live.containsKey(probe)) {
            return;
        }
        Timer timer = probe.stored(backend.currentKeyToStore(), backend.currentKeyGroup());
        timer.createdVersion = versions.current();
        live.put(timer, timer);
        queue.add(timer);
    }

    void delete(KeyedStateBackend backend, long timestamp) {
        probe.set(backend.currentKey(), timestamp);
        Timer removed = live.remove(probe);
        if (removed != null) {
            removed.deletedVersion = versions.current();
            logRemoval(removed);
        }
    }

    /** The earliest live timer's timestamp, or {@code Long.MAX_VALUE} if none. */
    long nextTimestamp() {
        Timer head = liveHead();
        return head == null ? Long.MAX_VALUE : head.timestamp;
    }

    /** Removes and returns the earliest live timer if its timestamp is at most {@code time}, else {@code null}. */
    Timer pollDue(long time) {
        Timer head = liveHead();
        if (head == null || head.timestamp > time) {
            return null;
        }
        queue.removeFirst();
        live.remove(head);
        head.deletedVersion = versions.current();
        logRemoval(head);
        return head;
    }

    private void logRemoval(Timer timer) {
        if (versions.tracksRemovals()) {
            removals.add(timer, timer.keyGroup, timer.deletedVersion);
        }
    }

    /** The timers deleted or fired since the last committed checkpoint, when the backend tracks removals. */
    RemovalLog removals() {
        return removals;
    }

    int size() {
        return live.size();
    }

    /**
     * The queue's entries for a snapshot the caller has just taken: the live timers among them, in no particular
     * order, are those whose {@link Timer#deletedVersion} is at least the snapshot's version, now and later.
     */
    Timer[] snapshot() {
        return queue.copy();
    }

    /** The live timers in timestamp order; for tests. */
    List<Timer> timers() {
        List<Timer> timers = new ArrayList<>(live.keySet());
        timers.sort(BY_TIMESTAMP);
        return timers;
    }

    private Timer liveHead() {
        while (true) {
            Timer head = queue.peek();
            if (head == null || live.get(head) == head) {
                return head;
            }
            queue.removeFirst();
        }
    }
}
