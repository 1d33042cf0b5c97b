package io.weir.runtime.internal.task;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.metrics.MetricsHistory;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.OperatorMetrics;
import io.weir.runtime.operator.OperatorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads a job's per-operator figures ({@link OperatorMetrics}) from its metrics now and from the samples of its
 * {@link MetricsHistory}: counts sum the subtasks', rates divide the growth since a sample about
 * {@link Job#RATE_WINDOW_SECONDS} seconds old by the time since, back-pressure is the growth of the busiest subtask's
 * time blocked since a sample about a second old.
 */
final class OperatorFigures {
    private static final long RATE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(Job.RATE_WINDOW_SECONDS);
    private static final long BACK_PRESSURE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Dataflow dataflow;
    private final Map<String, Long> now;
    private final long nowNanos;
    private final MetricsHistory.Sample rateBase;
    private final MetricsHistory.Sample blockedBase;
    private final boolean ended;

    private OperatorFigures(Dataflow dataflow, Map<String, Long> now, long nowNanos, MetricsHistory history,
            boolean ended) {
        this.dataflow = dataflow;
        this.now = now;
        this.nowNanos = nowNanos;
        this.rateBase = history.atLeast(RATE_WINDOW_NANOS, nowNanos);
        this.blockedBase = history.atLeast(BACK_PRESSURE_WINDOW_NANOS, nowNanos);
        this.ended = ended;
    }

    /** The figures of every source and operator of {@code dataflow}, in the order of its vertices and chains. */
    static List<OperatorMetrics> of(Dataflow dataflow, Map<String, Long> now, MetricsHistory history, boolean ended) {
        return new OperatorFigures(dataflow, now, System.nanoTime(), history, ended).all();
    }

    private List<OperatorMetrics> all() {
        List<OperatorMetrics> all = new ArrayList<>();
        for (Vertex vertex : dataflow.vertices()) {
            double backPressure = backPressure(vertex);
            if (vertex.isSource()) {
                String read = "source.records.in";
                long rows = sum(vertex, read, now);
                double rate = rate(vertex, read);
                all.add(new OperatorMetrics(vertex.id(), vertex.name(), vertex.source().describe(),
                        SourceTask.sourceUid(vertex.id()), vertex.parallelism(), rows, rows, rate, rate, backPressure,
                        least(vertex, "watermark"), false, 0, 0));
            }
            List<OperatorSpec> chain = vertex.chain();
            for (int i = 0; i < chain.size(); i++) {
                OperatorSpec spec = chain.get(i);
                String in = spec.name() + ".recordsIn";
                String out = i + 1 < chain.size() ? chain.get(i + 1).name() + ".recordsIn"
                        : isSink(vertex, spec) ? in : "recordsOut";
                all.add(new OperatorMetrics(vertex.id(), vertex.name(), spec.name(), TaskDeployer.uidOf(vertex, i),
                        vertex.parallelism(), sum(vertex, in, now), sum(vertex, out, now), rate(vertex, in),
                        rate(vertex, out), backPressure, least(vertex, spec.name() + ".currentWatermark"), spec.isKeyed(),
                        sum(vertex, spec.name() + ".stateRows", now), sum(vertex, spec.name() + ".stateBytes", now)));
            }
        }
        return all;
    }

    /** Whether the operator counts the rows it writes: a sink registers {@code records.out} under its name. */
    private boolean isSink(Vertex vertex, OperatorSpec spec) {
        return now.containsKey(prefix(vertex, 0) + spec.name() + ".records.out");
    }

    private double rate(Vertex vertex, String name) {
        long elapsed = nowNanos - rateBase.nanos();
        if (ended || elapsed <= 0) {
            return 0;
        }
        long grown = sum(vertex, name, now) - sum(vertex, name, rateBase.values());
        return Math.max(0, grown) * 1e9 / elapsed;
    }

    private double backPressure(Vertex vertex) {
        long elapsed = nowNanos - blockedBase.nanos();
        if (ended || elapsed <= 0) {
            return 0;
        }
        double busiest = 0;
        for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
            String name = prefix(vertex, subtask) + "backPressuredNanos";
            long blocked = value(now, name) - blockedBase.value(name);
            busiest = Math.max(busiest, Math.min(1.0, Math.max(0, blocked) / (double) elapsed));
        }
        return busiest;
    }

    private long least(Vertex vertex, String name) {
        long least = Long.MAX_VALUE;
        for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
            Long value = now.get(prefix(vertex, subtask) + name);
            least = Math.min(least, value == null ? Long.MIN_VALUE : value);
        }
        return least;
    }

    private static long sum(Vertex vertex, String name, Map<String, Long> values) {
        long total = 0;
        for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
            total += value(values, prefix(vertex, subtask) + name);
        }
        return total;
    }

    private static long value(Map<String, Long> values, String name) {
        Long value = values.get(name);
        return value == null ? 0 : value;
    }

    private static String prefix(Vertex vertex, int subtask) {
        return vertex.name() + "." + subtask + ".";
    }
}
