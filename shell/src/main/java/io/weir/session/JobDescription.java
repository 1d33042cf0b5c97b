package io.weir.session;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.OperatorMetrics;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import io.weir.runtime.type.ValueFormatter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to {@code DESCRIBE JOB}: one {@code scope | property | value} row per fact, first the job's own (id,
 * name, status, times, failure, watermark), then the live figures of each source and operator in the order of the
 * dataflow ({@link Job#operators()}: rows in and out and per second, back-pressure, watermark, keyed state) and every
 * other counter of each operator, each summed over the subtasks. A vertical layout, so that it fits a terminal
 * whatever the number of figures; {@link JobOperators} gives the same figures one row per operator.
 */
final class JobDescription {
    static final String JOB_SCOPE = "job";
    static final String INFINITE_WATERMARK = "+inf (every input ended)";

    private static final String WATERMARK = "watermark";
    /** The figures {@link Job#operators()} reports under an operator's metric names, not shown as its own counters. */
    private static final List<String> FIGURES = List.of("recordsIn", "records.out", "currentWatermark",
            "stateRows", "stateBytes");
    private static final DataType TIMESTAMP_LTZ_3 = DataType.of(TypeRoot.TIMESTAMP_LTZ, 3);

    private final Job job;
    private final Dataflow dataflow;
    private final ValueFormatter formatter;
    private final Map<String, Long> metrics;
    private final List<Row> rows = new ArrayList<>();

    private JobDescription(Job job, Dataflow dataflow, ZoneId zone) {
        this.job = job;
        this.dataflow = dataflow;
        this.formatter = new ValueFormatter(zone);
        this.metrics = job.metrics();
    }

    /** Describes the job as it is now, showing times in {@code zone}. */
    static StatementResult.Table of(Job job, Dataflow dataflow, ZoneId zone) {
        return new JobDescription(job, dataflow, zone).build();
    }

    private StatementResult.Table build() {
        add(JOB_SCOPE, "id", job.id());
        add(JOB_SCOPE, "name", job.name());
        add(JOB_SCOPE, "status", job.status().name());
        add(JOB_SCOPE, "start time", timestamp(job.startTime()));
        add(JOB_SCOPE, "end time", job.endTime().map(this::timestamp).orElse(null));
        add(JOB_SCOPE, "failure", job.failure().map(JobDescription::message).orElse(null));
        add(JOB_SCOPE, "watermark", watermark());
        Map<String, Integer> operatorNames = operatorNameCounts();
        List<OperatorMetrics> figures = job.operators();
        int next = 0;
        for (Vertex vertex : dataflow.vertices()) {
            if (vertex.isSource()) {
                OperatorMetrics source = figures.get(next++);
                add(vertex.name(), "records read", Long.toString(source.recordsIn()));
                add(vertex.name(), "records read per second", perSecond(source.recordsInPerSecond()));
                add(vertex.name(), "back-pressured", backPressure(source));
                add(vertex.name(), "watermark", watermark(source.watermark()));
            }
            for (OperatorSpec operator : vertex.chain()) {
                String scope = operatorNames.get(operator.name()) > 1
                        ? vertex.name() + " / " + operator.name() : operator.name();
                addFigures(figures.get(next++), scope);
                addOperatorCounters(vertex, operator, scope);
            }
        }
        DataType text = DataType.string().withNullable(false);
        return new StatementResult.Table(RowType.of(List.of("scope", "property", "value"),
                List.of(text, text, DataType.string())), rows);
    }

    /**
     * An operator's live figures: a sink's rows written, or rows in and out; their rates; back-pressure; its
     * watermark; and a keyed operator's state rows and estimated bytes.
     */
    private void addFigures(OperatorMetrics operator, String scope) {
        boolean sink = metrics.containsKey(operator.vertexName() + ".0." + operator.operatorName() + ".records.out");
        if (sink) {
            add(scope, "records written", Long.toString(operator.recordsIn()));
            add(scope, "records written per second", perSecond(operator.recordsInPerSecond()));
        } else {
            add(scope, "records in", Long.toString(operator.recordsIn()));
            add(scope, "records out", Long.toString(operator.recordsOut()));
            add(scope, "records in per second", perSecond(operator.recordsInPerSecond()));
            add(scope, "records out per second", perSecond(operator.recordsOutPerSecond()));
        }
        add(scope, "back-pressured", backPressure(operator));
        add(scope, "watermark", watermark(operator.watermark()));
        if (operator.keyedState()) {
            add(scope, "state rows", Long.toString(operator.stateRows()));
            add(scope, "state bytes (estimate)", Long.toString(operator.stateBytes()));
        }
    }

    /** The operator's own counters by name ({@code lateRecordsDropped}, ...), those not among its figures. */
    private void addOperatorCounters(Vertex vertex, OperatorSpec operator, String scope) {
        String prefix = metricPrefix(vertex, 0) + operator.name() + ".";
        for (String key : metrics.keySet()) {
            if (key.startsWith(prefix) && !FIGURES.contains(key.substring(prefix.length()))) {
                String counter = key.substring(prefix.length());
                add(scope, words(counter), Long.toString(sum(vertex, operator.name() + "." + counter)));
            }
        }
    }

    /** A rate with one decimal. */
    private static String perSecond(double rate) {
        return String.format(Locale.ROOT, "%.1f", rate);
    }

    /** {@code yes} or {@code no}, with the share of the last second the busiest subtask was blocked on its outputs. */
    private static String backPressure(OperatorMetrics operator) {
        return (operator.backPressured() ? "yes" : "no") + " ("
                + Math.round(operator.backPressure() * 100) + " % of the last second blocked on output)";
    }

    /** A watermark as the job's: NULL before the first, {@code +inf} once every input ended. */
    private String watermark(long value) {
        if (value == Long.MIN_VALUE) {
            return null;
        }
        if (value == Long.MAX_VALUE) {
            return INFINITE_WATERMARK;
        }
        return formatter.format(Row.of(value), 0, TIMESTAMP_LTZ_3);
    }

    /** The least watermark over every task: NULL until each has one, {@code +inf} once every input ended. */
    private String watermark() {
        long least = Long.MAX_VALUE;
        for (Vertex vertex : dataflow.vertices()) {
            for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
                Long value = metrics.get(metricPrefix(vertex, subtask) + WATERMARK);
                least = Math.min(least, value == null ? Long.MIN_VALUE : value);
            }
        }
        if (least == Long.MIN_VALUE) {
            return null;
        }
        if (least == Long.MAX_VALUE) {
            return INFINITE_WATERMARK;
        }
        return formatter.format(Row.of(least), 0, TIMESTAMP_LTZ_3);
    }

    private long sum(Vertex vertex, String name) {
        long total = 0;
        for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
            Long value = metrics.get(metricPrefix(vertex, subtask) + name);
            total += value == null ? 0 : value;
        }
        return total;
    }

    /** How many times each operator name occurs in the job, to qualify the repeated ones by their vertex. */
    private Map<String, Integer> operatorNameCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Vertex vertex : dataflow.vertices()) {
            for (OperatorSpec operator : vertex.chain()) {
                counts.merge(operator.name(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String metricPrefix(Vertex vertex, int subtask) {
        return vertex.name() + "." + subtask + ".";
    }

    private String timestamp(Instant instant) {
        return formatter.format(Row.of(instant.toEpochMilli()), 0, TIMESTAMP_LTZ_3);
    }

    private void add(String scope, String property, String value) {
        rows.add(Row.of(scope, property, value));
    }

    private static String message(Throwable failure) {
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    /** A counter's camel-case name as words: {@code lateRecordsDropped} is "late records dropped". */
    static String words(String counter) {
        StringBuilder out = new StringBuilder(counter.length() + 4);
        for (int i = 0; i < counter.length(); i++) {
            char c = counter.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append(' ');
            }
            out.append(c == '.' ? ' ' : Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
