package io.weir.bench;

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
 * Events per second of Nexmark queries over 10 M generated events into a blackhole, at parallelism 1 and 2; one
 * operation is one event. The queries are Weir's own formulations of the benchmark's q0, q1, q2, q11 and q15, and
 * {@code hop}: a HOP window count of bids per auction (the inner part of q5); {@code source} measures the generator
 * alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class NexmarkBenchmark {
    static final long EVENTS = 10_000_000L;

    private static final Map<String, String> QUERIES = Map.of(
            "source", "INSERT INTO sink_events SELECT event_type FROM events",
            "q0", "INSERT INTO sink_bids SELECT auction, bidder, price, `dateTime`, extra FROM bid",
            "q1", "INSERT INTO sink_bids SELECT auction, bidder, CAST(0.908 * price AS BIGINT), `dateTime`, extra FROM bid",
            "q2", "INSERT INTO sink_bids SELECT auction, bidder, price, `dateTime`, extra FROM bid"
                    + " WHERE MOD(auction, 123) = 0",
            "q11", "INSERT INTO sink_sessions SELECT bidder, COUNT(*), SESSION_START(`dateTime`, INTERVAL '10' SECOND),"
                    + " SESSION_END(`dateTime`, INTERVAL '10' SECOND) FROM bid"
                    + " GROUP BY bidder, SESSION(`dateTime`, INTERVAL '10' SECOND)",
            "q15", "INSERT INTO sink_days SELECT DATE_FORMAT(`dateTime`, 'yyyy-MM-dd'), COUNT(*),"
                    + " COUNT(*) FILTER (WHERE price < 10000), COUNT(DISTINCT bidder),"
                    + " COUNT(DISTINCT bidder) FILTER (WHERE price < 10000), COUNT(DISTINCT auction)"
                    + " FROM bid GROUP BY DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')",
            "hop", "INSERT INTO sink_counts SELECT auction, COUNT(*) FROM TABLE(HOP(TABLE bid, DESCRIPTOR(`dateTime`),"
                    + " INTERVAL '2' SECOND, INTERVAL '10' SECOND)) GROUP BY auction, window_start, window_end");

    @Param({"source", "q0", "q1", "q2", "q11", "q15", "hop"})
    public String query;

    @Param({"1", "2"})
    public int parallelism;

    private BenchSession session;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        session = new BenchSession(parallelism);
        createTables(session, EVENTS);
    }

    /** The SQL of the query named {@code name}: one of this benchmark's {@code query} values. */
    static String query(String name) {
        String sql = QUERIES.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("no query '" + name + "'; known: " + QUERIES.keySet());
        }
        return sql;
    }

    /**
     * Creates the {@code events} table of {@code eventsNum} events (negative: unbounded), the {@code bid} view and the
     * sink tables in {@code session}.
     */
    static void createTables(BenchSession session, long eventsNum) {
        session.run(NexmarkTables.events(eventsNum));
        session.run(NexmarkTables.BID_VIEW);
        session.run("CREATE TABLE sink_events (event_type INT) WITH ('connector' = 'blackhole')");
        session.run("CREATE TABLE sink_bids (auction BIGINT, bidder BIGINT, price BIGINT, `dateTime` TIMESTAMP(3),"
                + " extra STRING) WITH ('connector' = 'blackhole')");
        session.run("CREATE TABLE sink_sessions (bidder BIGINT, bid_count BIGINT, starttime TIMESTAMP(3),"
                + " endtime TIMESTAMP(3)) WITH ('connector' = 'blackhole')");
        session.run("CREATE TABLE sink_days (`day` STRING, total_bids BIGINT, rank1_bids BIGINT, total_bidders BIGINT,"
                + " rank1_bidders BIGINT, total_auctions BIGINT) WITH ('connector' = 'blackhole')");
        session.run("CREATE TABLE sink_counts (auction BIGINT, num BIGINT) WITH ('connector' = 'blackhole')");
    }

    @Benchmark
    @OperationsPerInvocation(10_000_000)
    public JobStatus nexmark() throws Exception {
        return session.runToEnd(query(query));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        session.close();
    }
}
