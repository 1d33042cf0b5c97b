package io.weir.runtime.internal.metrics;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * The last few samples of a job's metrics, taken about once a second, from which rates over a recent interval are
 * computed. Thread-safe.
 */
public final class MetricsHistory {
    /** The metrics at one moment ({@link System#nanoTime}). */
    public record Sample(long nanos, Map<String, Long> values) {
        public Sample {
            values = Map.copyOf(values);
        }

        /** The value of {@code name}, 0 if it had none yet. */
        public long value(String name) {
            Long value = values.get(name);
            return value == null ? 0 : value;
        }
    }

    private final int maxSamples;
    private final ArrayDeque<Sample> samples;

    /** A history keeping {@code maxSamples}, starting with {@code first}. */
    public MetricsHistory(int maxSamples, Sample first) {
        this.maxSamples = maxSamples;
        this.samples = new ArrayDeque<>(maxSamples);
        samples.addLast(first);
    }

    public synchronized void add(Sample sample) {
        if (samples.size() == maxSamples) {
            samples.removeFirst();
        }
        samples.addLast(sample);
    }

    /** The newest sample taken at least {@code ageNanos} before {@code nowNanos}, or the oldest kept if none is. */
    public synchronized Sample atLeast(long ageNanos, long nowNanos) {
        Iterator<Sample> newestFirst = samples.descendingIterator();
        while (newestFirst.hasNext()) {
            Sample sample = newestFirst.next();
            if (nowNanos - sample.nanos() >= ageNanos) {
                return sample;
            }
        }
        return samples.getFirst();
    }
}
