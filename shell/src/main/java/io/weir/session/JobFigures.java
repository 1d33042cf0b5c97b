package io.weir.session;

import java.util.Map;

/** The figures of a job the jobs table shows, read from its metrics. */
final class JobFigures {
    private static final String LATE_RECORDS = ".lateRecordsDropped";

    private JobFigures() {
    }

    /** The late records every operator of the job dropped, over its restarts. */
    static long lateRecordsDropped(Map<String, Long> metrics) {
        long dropped = 0;
        for (Map.Entry<String, Long> metric : metrics.entrySet()) {
            if (metric.getKey().endsWith(LATE_RECORDS)) {
                dropped += metric.getValue();
            }
        }
        return dropped;
    }

    static int restarts(Map<String, Long> metrics) {
        return metrics.getOrDefault("restarts", 0L).intValue();
    }
}
