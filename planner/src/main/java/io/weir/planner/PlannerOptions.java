package io.weir.planner;

import java.util.Map;

/**
 * What a statement is planned with: the default parallelism of its vertices and the session's options
 * (Flink's keys, e.g. {@code table.exec.source.idle-timeout}).
 */
public record PlannerOptions(int parallelism, Map<String, String> sessionOptions) {
    public PlannerOptions {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism " + parallelism);
        }
        sessionOptions = Map.copyOf(sessionOptions);
    }
}
