package io.weir.runtime.internal.metrics;

import io.weir.runtime.operator.Counter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter written by one thread and read by any: the writer keeps a plain running total and publishes it with a
 * release store, which costs no more than a plain store on x86 (no lock, no read-modify-write).
 */
public final class SingleWriterCounter implements Counter {
    private final AtomicLong published = new AtomicLong();
    private long count;

    @Override
    public void inc() {
        published.lazySet(++count);
    }

    @Override
    public void inc(long n) {
        count += n;
        published.lazySet(count);
    }

    @Override
    public long count() {
        return published.get();
    }
}
