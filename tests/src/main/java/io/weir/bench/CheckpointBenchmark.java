package io.weir.bench;

import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second of a HOP window count per auction over 30 M Nexmark events (the inner part of q5) into a
 * blackhole, with checkpoints every second in each mode (aligned also incremental) and without them; one operation
 * is one event. After each run
 * it prints the job's checkpoint statistics (count, and the last one's duration, synchronous and asynchronous parts,
 * alignment and size).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class CheckpointBenchmark {
    /**
     * 30 M events, about 25 s per run at parallelism 1: some 25 checkpoints, so the first (full) one and the start of
     * the job weigh little against the steady state.
     */
    static final long EVENTS = 30_000_000L;

    private static final Map<String, String> MODES = Map.of(
            "off", "",
            "aligned", "SET 'execution.checkpointing.interval' = '1 s';",
            "at_least_once", "SET 'execution.checkpointing.interval' = '1 s';"
                    + " SET 'execution.checkpointing.mode' = 'AT_LEAST_ONCE';",
            "unaligned", "SET 'execution.checkpointing.interval' = '1 s';"
                    + " SET 'execution.checkpointing.unaligned.enabled' = 'true';",
            "incremental", "SET 'execution.checkpointing.interval' = '1 s';"
                    + " SET 'execution.checkpointing.incremental' = 'true';");

    @Param({"off", "aligned", "at_least_once", "unaligned", "incremental"})
    public String checkpointing;

    @Param({"1", "2"})
    public int parallelism;

    private BenchSession session;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        session = new BenchSession(parallelism);
        NexmarkBenchmark.createTables(session, EVENTS);
        String options = MODES.get(checkpointing);
        if (!options.isEmpty()) {
            session.run(options);
        }
    }

    @Benchmark
    @OperationsPerInvocation(30_000_000)
    public JobStatus hopWindowCount() throws Exception {
        Job job = session.start("INSERT INTO sink_counts SELECT auction, COUNT(*)"
                + " FROM TABLE(HOP(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))"
                + " GROUP BY auction, window_start, window_end");
        JobStatus status = job.termination().get();
        if (status != JobStatus.FINISHED) {
            throw new IllegalStateException("job ended " + status, job.failure().orElse(null));
        }
        Map<String, Long> metrics = job.metrics();
        if (metrics.containsKey("checkpoints.completed")) {
            System.out.printf("%n[checkpoints] completed=%d last: durationMs=%d syncMs=%d asyncMs=%d alignmentMs=%d"
                    + " sizeBytes=%d%n", metrics.get("checkpoints.completed"),
                    metrics.getOrDefault("checkpoints.last.durationMs", -1L),
                    metrics.getOrDefault("checkpoints.last.syncDurationMs", -1L),
                    metrics.getOrDefault("checkpoints.last.asyncDurationMs", -1L),
                    metrics.getOrDefault("checkpoints.last.alignmentMs", -1L),
                    metrics.getOrDefault("checkpoints.last.sizeBytes", -1L));
        }
        return status;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        session.close();
    }
}
