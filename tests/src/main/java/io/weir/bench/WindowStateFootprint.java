package io.weir.bench;

import io.weir.runtime.job.Job;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Map;

/**
 * Estimates the heap that a window aggregation's state takes per window key: a TUMBLE window of one day that never
 * closes counts and sums the bids of distinct auctions read from datagen, and the used heap after {@code System.gc()}
 * is read at a few key counts while the job runs. The growth between the first reading and each later one, divided by
 * the keys added between them, is the estimate; it leaves out the job's fixed cost but includes rows still in flight.
 */
public final class WindowStateFootprint {
    private static final long BASELINE_KEYS = 10_000;
    private static final long[] KEY_COUNTS = {100_000, 1_000_000};
    private static final long ROWS_PER_SECOND = 200_000;
    private static final Duration DEADLINE = Duration.ofMinutes(5);

    private WindowStateFootprint() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (BenchSession session = new BenchSession(1)) {
            session.run("CREATE TABLE bids (auction BIGINT, price BIGINT,"
                    + " ts AS CAST(TIMESTAMP '2026-01-01 00:00:00.000' AS TIMESTAMP(3)),"
                    + " WATERMARK FOR ts AS ts)"
                    + " WITH ('connector' = 'datagen', 'rows-per-second' = '" + ROWS_PER_SECOND + "',"
                    + " 'fields.auction.kind' = 'sequence', 'fields.auction.start' = '1',"
                    + " 'fields.auction.end' = '1000000000000',"
                    + " 'fields.price.min' = '1', 'fields.price.max' = '100000')");
            session.run("CREATE TABLE sink_counts (auction BIGINT, bids BIGINT, total BIGINT)"
                    + " WITH ('connector' = 'blackhole')");
            Job job = session.start("INSERT INTO sink_counts SELECT auction, COUNT(*), SUM(price)"
                    + " FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' DAY))"
                    + " GROUP BY auction, window_start, window_end");
            try {
                long deadline = System.nanoTime() + DEADLINE.toNanos();
                Reading baseline = read(job, memory, BASELINE_KEYS, deadline);
                System.out.printf("%-12s %-14s %-16s %s%n", "keys", "used heap", "growth", "bytes per key");
                System.out.printf("%-12d %-14s %-16s %s%n", baseline.keys(), mib(baseline.heap()), "(baseline)", "");
                for (long keys : KEY_COUNTS) {
                    Reading reading = read(job, memory, keys, deadline);
                    long growth = reading.heap() - baseline.heap();
                    long added = reading.keys() - baseline.keys();
                    System.out.printf("%-12d %-14s %-16s %d%n", reading.keys(), mib(reading.heap()), mib(growth),
                            growth / added);
                }
            } finally {
                job.cancel();
                job.termination().get();
            }
        }
    }

    /** Waits until the source has read {@code keys} rows, then collects garbage and reads the used heap. */
    private static Reading read(Job job, MemoryMXBean memory, long keys, long deadline) throws InterruptedException {
        while (rowsRead(job) < keys) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the source read only " + rowsRead(job) + " rows; job " + job.status());
            }
            if (job.termination().isDone()) {
                throw new IllegalStateException("job ended " + job.status(), job.failure().orElse(null));
            }
            Thread.sleep(10);
        }
        long before = rowsRead(job);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = memory.getHeapMemoryUsage().getUsed();
        long after = rowsRead(job);
        return new Reading((before + after) / 2, heap);
    }

    private static long rowsRead(Job job) {
        long rows = 0;
        for (Map.Entry<String, Long> metric : job.metrics().entrySet()) {
            if (metric.getKey().endsWith(".source.records.in")) {
                rows += metric.getValue();
            }
        }
        return rows;
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private record Reading(long keys, long heap) {
    }
}
