package io.weir.runtime.internal.state;

import io.weir.runtime.row.Row;

/**
 * A timer of one key at one timestamp; equal timers (same key and timestamp) are one timer. Mutable only as the
 * lookup probe of a {@link TimerQueue}; a queued timer's key, key group and timestamp never change, so a snapshot may
 * read them from another thread.
 */
public final class Timer {
    Row key;
    int keyGroup;
    long timestamp;
    // Cached: firing looks each due timer up by hash, and recomputing it would read the (by then cold) key row.
    private int hash;
    /**
     * The state version at which the timer was deleted or fired, {@code Integer.MAX_VALUE} while it is live: snapshot
     * {@code s} holds the timer if it was queued before it and {@code deletedVersion >= s}. Written by the task after
     * the snapshot only with a version {@code >= s}, so a snapshot reading it from another thread, racily, decides the
     * same whichever value it sees.
     */
    int deletedVersion = Integer.MAX_VALUE;
    /** The state version at which the timer was registered; never changes once the timer is queued. */
    int createdVersion;

    Timer(Row key, int keyGroup, long timestamp) {
        this.key = key;
        this.keyGroup = keyGroup;
        this.timestamp = timestamp;
        this.hash = key == null ? 0 : hashOf(key, timestamp);
    }

    private Timer(Row key, int keyGroup, long timestamp, int hash) {
        this.key = key;
        this.keyGroup = keyGroup;
        this.timestamp = timestamp;
        this.hash = hash;
    }

    /** Makes this probe the timer of {@code key} at {@code timestamp}. */
    void set(Row key, long timestamp) {
        this.key = key;
        this.timestamp = timestamp;
        this.hash = hashOf(key, timestamp);
    }

    /** A timer equal to this probe, of the stored key {@code storedKey} (equal to this one's) in {@code keyGroup}. */
    Timer stored(Row storedKey, int keyGroup) {
        return new Timer(storedKey, keyGroup, timestamp, hash);
    }

    private static int hashOf(Row key, long timestamp) {
        return 31 * key.hashCode() + Long.hashCode(timestamp);
    }

    public Row key() {
        return key;
    }

    public int keyGroup() {
        return keyGroup;
    }

    public long timestamp() {
        return timestamp;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timer && ((Timer) o).timestamp == timestamp && ((Timer) o).hash == hash
                && ((Timer) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Timer[" + key + " @ " + timestamp + "]";
    }
}
