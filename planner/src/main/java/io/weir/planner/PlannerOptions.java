package io.weir.planner;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * What a statement is planned with: the default parallelism of its vertices and the session's options
 * (Flink's keys, e.g. {@code table.exec.source.idle-timeout} or {@code execution.runtime-mode}).
 */
public record PlannerOptions(int parallelism, Map<String, String> sessionOptions) {
    public PlannerOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism);
        }
        sessionOptions = Map.copyOf(sessionOptions);
    }

    /** Flink's option naming the runtime mode, {@code streaming} (the default) or {@code batch}. */
    public static final String RUNTIME_MODE = "execution.runtime-mode";

    /** Flink's option naming the session time zone. */
    public static final String LOCAL_TIME_ZONE = "table.local-time-zone";

    /**
     * The session time zone ({@code table.local-time-zone}; Flink's default 'default' and an absent option mean
     * the JVM's zone), which TIMESTAMP_LTZ values, FROM_UNIXTIME and UNIX_TIMESTAMP are read and written in.
     */
    public ZoneId localTimeZone() {
        String zone = sessionOptions.getOrDefault(LOCAL_TIME_ZONE, "default");
        if (zone.equalsIgnoreCase("default")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw PlannerErrors.badTimeZone(zone);
        }
    }

    /** The runtime mode ({@code execution.runtime-mode}, any case); streaming when the option is absent. */
    public RuntimeMode runtimeMode() {
        String mode = sessionOptions.get(RUNTIME_MODE);
        return mode == null ? RuntimeMode.STREAMING : RuntimeMode.of(mode);
    }

    /**
     * These options with the runtime mode set to {@code mode}, whatever the session chose: a caller that knows a
     * query's inputs are bounded, such as one over system tables, forces {@link RuntimeMode#BATCH} with it.
     */
    public PlannerOptions withRuntimeMode(RuntimeMode mode) {
        Map<String, String> options = new HashMap<>(sessionOptions);
        options.put(RUNTIME_MODE, mode.optionValue());
        return new PlannerOptions(parallelism, options);
    }
}
