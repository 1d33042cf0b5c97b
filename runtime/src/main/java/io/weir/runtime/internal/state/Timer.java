package io.weir.runtime.internal.state;

import io.weir.runtime.row.Row;

/**
 * A timer of one key at one timestamp; equal timers (same key and timestamp) are one timer. Mutable only as the
 * lookup probe of a {@link TimerQueue}; a queued timer never changes.
 */
public final class Timer {
    Row key;
    int keyGroup;
    long timestamp;

    Timer(Row key, int keyGroup, long timestamp) {
        this.key = key;
        this.keyGroup = keyGroup;
        this.timestamp = timestamp;
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
        return o instanceof Timer && ((Timer) o).timestamp == timestamp && ((Timer) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Long.hashCode(timestamp);
    }

    @Override
    public String toString() {
        return "Timer[" + key + " @ " + timestamp + "]";
    }
}
