package io.weir.runtime.testing;

import java.time.Instant;
import java.time.InstantSource;

/** A clock that stands still until a test moves it; for processing-time timers and idleness. Thread-safe. */
public final class ManualClock implements InstantSource {
    private volatile long millis;

    public ManualClock(long startMillis) {
        this.millis = startMillis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis);
    }

    @Override
    public long millis() {
        return millis;
    }

    /** Moves the clock to {@code newMillis}, which must not be earlier than now. */
    public void set(long newMillis) {
        if (newMillis < millis) {
            throw new IllegalArgumentException("the clock would go back from " + millis + " to " + newMillis);
        }
        millis = newMillis;
    }

    public void advance(long deltaMillis) {
        set(millis + deltaMillis);
    }
}
