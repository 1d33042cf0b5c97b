package io.weir.runtime.internal.metrics;

import io.weir.runtime.operator.Counter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The named counters and gauges of one job, registered by its tasks and read by {@code Job.metrics()}. Thread-safe. */
public final class JobMetrics {
    private final Map<String, LongSupplier> metrics = new ConcurrentHashMap<>();

    /** The counter named {@code name}, made on first use. */
    public Counter counter(String name) {
        LongSupplier existing = metrics.computeIfAbsent(name, n -> new CounterGauge(new SingleWriterCounter()));
        if (!(existing instanceof CounterGauge)) {
            throw new IllegalStateException("metric '" + name + "' is a gauge, not a counter");
        }
        return ((CounterGauge) existing).counter;
    }

    /** Registers a value read when the metrics are; replaces a gauge of the same name. */
    public void gauge(String name, LongSupplier value) {
        metrics.put(name, value);
    }

    /** Every metric's value now, sorted by name. */
    public Map<String, Long> snapshot() {
        Map<String, Long> values = new TreeMap<>();
        for (Map.Entry<String, LongSupplier> e : metrics.entrySet()) {
            values.put(e.getKey(), e.getValue().getAsLong());
        }
        return values;
    }

    private record CounterGauge(Counter counter) implements LongSupplier {
        @Override
        public long getAsLong() {
            return counter.count();
        }
    }
}
