package io.weir.bench;

import io.weir.runtime.internal.fault.FaultPoint;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.job.Job;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Measures what recovery costs, printing one line each:
 * <ol>
 *   <li>a checkpoint of a large state: a group aggregation (COUNT, SUM, MIN, MAX) over 3 M distinct keys, its
 *       duration, synchronous and asynchronous parts, the CPU time of the threads that write its files, and its
 *       size on disk, for three checkpoints in a row;</li>
 *   <li>a task failure: the time from a failure injected into a running HOP window job (checkpoints every second) to
 *       the first row its sink writes after the restart;</li>
 *   <li>a process kill: the time from {@code kill -9} of a {@code weir -f} process running a checkpointed job to the
 *       first row the resumed job writes, when a new {@code weir} process is started on the data directory; the
 *       argument names the {@code weir.jar} to run.</li>
 * </ol>
 * Waits poll the job's metrics or the file system every millisecond; the numbers include that granularity.
 */
public final class RecoveryTimings {
    private static final Duration DEADLINE = Duration.ofMinutes(5);
    /** How many checkpoints of the large state are measured, one line each. */
    private static final int LARGE_STATE_CHECKPOINTS = 3;

    private RecoveryTimings() {
    }

    /**
     * The unbounded Nexmark table at 100 000 events per second of event time, so that HOP windows (2 s slide) close
     * every 200 000 events: the first row after a recovery then measures the recovery, not the wait for a window.
     */
    private static String events() {
        return NexmarkTables.events(-1).replace("'first-event.rate' = '10000000', 'next-event.rate' = '10000000'",
                "'first-event.rate' = '100000', 'next-event.rate' = '100000'");
    }

    /**
     * Arguments: the path of {@code weir.jar} or of the {@code weir} launcher (without it, the process kill is
     * skipped), then optionally which measurements to run: {@code large}, {@code failure}, {@code kill} (default:
     * all).
     */
    public static void main(String[] args) throws Exception {
        Set<String> which = args.length > 1 ? Set.of(args) : Set.of("large", "failure", "kill");
        if (which.contains("large")) {
            // As fast as the sources go (both cores busy with the job) and at 2 M rows/s (cores to spare).
            largeStateCheckpoint(1_000_000_000L);
            largeStateCheckpoint(2_000_000L);
        }
        if (which.contains("failure")) {
            taskFailure();
        }
        if (args.length > 0 && which.contains("kill")) {
            processKill(Path.of(args[0]));
        }
    }

    private static void largeStateCheckpoint(long rowsPerSecond) throws Exception {
        try (BenchSession session = new BenchSession(2)) {
            session.run("CREATE TABLE numbers (k BIGINT, v BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '"
                    + rowsPerSecond + "', 'fields.k.min' = '1', 'fields.k.max' = '3000000', 'fields.v.min' = '1', 'fields.v.max' = '1000000')");
            session.run("CREATE TABLE totals (k BIGINT, c BIGINT, s BIGINT, lo BIGINT, hi BIGINT)"
                    + " WITH ('connector' = 'blackhole')");
            session.run("SET 'execution.checkpointing.interval' = '2 s'");
            Job job = session.start("INSERT INTO totals SELECT k, COUNT(*), SUM(v), MIN(v), MAX(v) FROM numbers"
                    + " GROUP BY k");
            try {
                // 20 M rows over 3 M keys leave about 0.1 % of the keys unseen.
                await(() -> sum(job, ".source.records.in") >= 20_000_000L, "20 M rows read");
                long next = job.metrics().getOrDefault("checkpoints.completed", 0L) + 1;
                await(() -> job.metrics().getOrDefault("checkpoints.completed", 0L) >= next, "the next checkpoint");
                for (int i = 1; i <= LARGE_STATE_CHECKPOINTS; i++) {
                    long writersBefore = checkpointWritersCpuNanos();
                    long target = next + i;
                    await(() -> job.metrics().getOrDefault("checkpoints.completed", 0L) >= target,
                            "checkpoint " + i);
                    long writersCpu = checkpointWritersCpuNanos() - writersBefore;
                    Map<String, Long> m = job.metrics();
                    System.out.printf("large state checkpoint at %d rows/s: keys ~3000000, durationMs=%d syncMs=%d"
                            + " asyncMs=%d writersCpuMs=%d sizeBytes=%d (%.1f MB)%n", rowsPerSecond,
                            m.get("checkpoints.last.durationMs"), m.get("checkpoints.last.syncDurationMs"),
                            m.get("checkpoints.last.asyncDurationMs"), TimeUnit.NANOSECONDS.toMillis(writersCpu),
                            m.get("checkpoints.last.sizeBytes"), m.get("checkpoints.last.sizeBytes") / 1e6);
                }
            } finally {
                job.cancel();
                job.termination().get();
            }
        }
    }

    private static void taskFailure() throws Exception {
        try (BenchSession session = new BenchSession(2)) {
            session.run(events());
            session.run(NexmarkTables.BID_VIEW);
            session.run("CREATE TABLE sink_counts (auction BIGINT, num BIGINT) WITH ('connector' = 'blackhole')");
            session.run("SET 'execution.checkpointing.interval' = '1 s'");
            session.run("SET 'restart-strategy.type' = 'fixed-delay'");
            session.run("SET 'restart-strategy.fixed-delay.delay' = '0 ms'");
            Job job = session.start("INSERT INTO sink_counts SELECT auction, COUNT(*)"
                    + " FROM TABLE(HOP(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))"
                    + " GROUP BY auction, window_start, window_end");
            try {
                await(() -> job.metrics().getOrDefault("checkpoints.completed", 0L) >= 3, "three checkpoints");
                long rows = sum(job, ".source.records.in");
                Faults.arm(FaultPoint.RECORDS, job.id(), null, rows / 2 + 1_000_000);
                await(() -> Faults.fired(job.id()), "the injected failure");
                long failedAt = System.nanoTime();
                await(() -> job.metrics().getOrDefault("restarts", 0L) >= 1, "the restart");
                long written = sum(job, ".records.out");
                await(() -> sum(job, ".records.out") > written, "the first row after the restart");
                System.out.printf("task failure to first new output row: %d ms%n",
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - failedAt));
            } finally {
                Faults.disarm(job.id());
                job.cancel();
                job.termination().get();
            }
        }
    }

    private static void processKill(Path weirJar) throws Exception {
        Path dir = Files.createTempDirectory("weir-kill");
        Path out = dir.resolve("out");
        Path script = dir.resolve("job.sql");
        Files.writeString(script, events() + ";\n" + NexmarkTables.BID_VIEW + ";\n"
                + "CREATE TABLE counts (auction BIGINT, num BIGINT) WITH ('connector' = 'filesystem', 'path' = '"
                + out + "', 'format' = 'csv');\n"
                + "SET 'execution.checkpointing.interval' = '1 s';\n"
                + "INSERT INTO counts SELECT auction, COUNT(*) FROM TABLE(HOP(TABLE bid, DESCRIPTOR(`dateTime`),"
                + " INTERVAL '2' SECOND, INTERVAL '10' SECOND)) GROUP BY auction, window_start, window_end;\n");
        Path data = dir.resolve("data");
        Process first = weir(weirJar, data, "-f", script.toString());
        Path log = data.resolve("logs").resolve("weir.log");
        await(() -> committedCheckpoints(log) >= 3, "three checkpoints of the first process");
        first.destroyForcibly().waitFor();
        long killedAt = System.nanoTime();
        long filesBefore = sinkFiles(out);
        Process second = weir(weirJar, data, "-e", "SHOW JOBS");
        try {
            await(() -> sinkFiles(out) > filesBefore, "the resumed job's first output");
            long firstOutputAt = System.currentTimeMillis();
            System.out.printf("process kill to first new output row (new JVM, H2, planning, state): %d ms%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt));
            long killedAtMillis = firstOutputAt - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
            long resumedAt = lastLogTime(log, "job started");
            if (resumedAt > killedAtMillis) {
                System.out.printf("  of which kill to the resumed job's tasks started: %d ms, then to first row: %d ms%n",
                        resumedAt - killedAtMillis, firstOutputAt - resumedAt);
            }
        } finally {
            second.destroyForcibly().waitFor();
        }
    }

    /**
     * Runs Weir on {@code data}: {@code launcher} is either {@code weir.jar} (run by this JVM's {@code java -jar}) or
     * the {@code weir} launcher script, which adds its class-data archive and start-up flags.
     */
    private static Process weir(Path launcher, Path data, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (launcher.getFileName().toString().endsWith(".jar")) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-jar");
        }
        command.add(launcher.toString());
        command.add("--data-dir");
        command.add(data.toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** The time of the last line of {@code log} that contains {@code text}, in epoch milliseconds; 0 if none. */
    private static long lastLogTime(Path log, String text) throws IOException {
        long last = 0;
        for (String line : Files.readAllLines(log)) {
            if (line.contains(text) && line.length() > 23) {
                last = LocalDateTime.parse(line.substring(0, 23).replace(' ', 'T'))
                        .atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
            }
        }
        return last;
    }

    private static long committedCheckpoints(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("checkpoint committed")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The files the sink has written into, in progress or committed. */
    private static long sinkFiles(Path out) {
        try (Stream<Path> files = Files.list(out)) {
            return files.count();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * The CPU time the job's checkpoint writer threads have used so far; between two completed checkpoints of a job
     * that waits for one checkpoint to complete before the next starts, what writing one checkpoint's files took.
     */
    private static long checkpointWritersCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (thread != null && thread.getThreadName().startsWith("weir-checkpoint-writer-")) {
                total += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return total;
    }

    private static long sum(Job job, String suffix) {
        long total = 0;
        for (Map.Entry<String, Long> metric : job.metrics().entrySet()) {
            if (metric.getKey().endsWith(suffix)) {
                total += metric.getValue();
            }
        }
        return total;
    }

    private static void await(BooleanCondition condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    /** A condition polled by {@link #await}. */
    @FunctionalInterface
    private interface BooleanCondition {
        boolean holds();
    }
}
