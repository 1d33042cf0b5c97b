package io.weir.bench;

import io.weir.runtime.job.JobStatus;
import java.io.IOException;
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
 * Rows per second of {@code datagen -> filter -> project -> blackhole}: 100 M rows of five columns, planned and run
 * by a real session, at parallelism 1 and 2. One operation is one row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class StatelessPipelineBenchmark {
    static final long ROWS = 100_000_000L;

    @Param({"1", "2"})
    public int parallelism;

    private BenchSession session;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        session = new BenchSession(parallelism);
        session.run("CREATE TABLE gen (id BIGINT, a INT, b BIGINT, c DOUBLE, d INT) WITH ("
                + "'connector' = 'datagen', 'rows-per-second' = '1000000000000', 'number-of-rows' = '" + ROWS + "')");
        session.run("CREATE TABLE sink (id BIGINT, total DOUBLE, a INT) WITH ('connector' = 'blackhole')");
    }

    @Benchmark
    @OperationsPerInvocation(100_000_000)
    public JobStatus datagenFilterProjectBlackhole() throws Exception {
        return session.runToEnd("INSERT INTO sink SELECT id, c * 2 + b, a FROM gen WHERE d > 0 OR a <> 0");
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        session.close();
    }
}
