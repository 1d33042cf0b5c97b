package io.weir.bench;

import io.weir.runtime.job.Job;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Measures the heap that the state of each aggregating query of {@link NexmarkBenchmark} holds after 10 M events:
 * the query runs on an unbounded {@code nexmark} source (the benchmark's table without {@code events.num}), and once
 * the source has read 10 M events the used heap after {@code System.gc()}, less the used heap before the job
 * started, is the estimate; then the job is cancelled. It includes rows in flight in the job's channels.
 *
 * <p>Arguments: the parallelism (default 1), then the queries (default {@code q11 q15 hop}).
 */
public final class NexmarkStateFootprint {
    private static final long EVENTS = NexmarkBenchmark.EVENTS;
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    private static final long POLL_MILLIS = 20;

    private NexmarkStateFootprint() {
    }

    public static void main(String[] args) throws Exception {
        int parallelism = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("q11", "q15", "hop");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.printf("%-6s %-12s %-12s %s%n", "query", "parallelism", "events read", "state heap");
        for (String query : queries) {
            try (BenchSession session = new BenchSession(parallelism)) {
                NexmarkBenchmark.createTables(session, -1);
                long before = usedHeapAfterGc(memory);
                Job job = session.start(NexmarkBenchmark.query(query));
                try {
                    awaitEventsRead(job, EVENTS, System.nanoTime() + DEADLINE.toNanos());
                    long eventsRead = eventsRead(job);
                    long heap = usedHeapAfterGc(memory) - before;
                    System.out.printf("%-6s %-12d %-12d %.1f MiB%n", query, parallelism, eventsRead,
                            heap / (1024.0 * 1024.0));
                } finally {
                    job.cancel();
                    job.termination().get();
                }
            }
        }
    }

    /** Waits, on the job's end or at most a short while at a time, until its sources have read {@code events}. */
    private static void awaitEventsRead(Job job, long events, long deadline)
            throws InterruptedException, ExecutionException {
        while (eventsRead(job) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the source read only " + eventsRead(job) + " events; job "
                        + job.status());
            }
            try {
                job.termination().get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                throw new IllegalStateException("job ended " + job.status(), job.failure().orElse(null));
            } catch (TimeoutException stillRunning) {
                // the job runs on: read the metric again
            }
        }
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long eventsRead(Job job) {
        long events = 0;
        for (Map.Entry<String, Long> metric : job.metrics().entrySet()) {
            if (metric.getKey().endsWith(".source.records.in")) {
                events += metric.getValue();
            }
        }
        return events;
    }
}
