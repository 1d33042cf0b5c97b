package io.weir.bench;

import io.weir.checkpoint.MetadataStore;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Rows per second of writing and of reading back one state file of 3 M rows through the checkpoint storage, as a
 * subtask's background snapshot and a restore do (checksum, forcing to the disk and the rename included); one JMH
 * operation is one row. Tables: a group aggregation's value state (COUNT, SUM, MIN, MAX) with a BIGINT or a VARCHAR
 * key, and a HOP window's slices (key, slice end, count). The rows come in key-group order from one reused row, as
 * the runtime hands them over. After each trial it prints the file's size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class StateFileBenchmark {
    static final int ROWS = 3_000_000;
    private static final int KEY_GROUPS = 128;
    private static final String JOB = "state-file-benchmark";

    @Param({"agg_bigint", "agg_varchar", "hop_slices"})
    public String table;

    private Path dataDir;
    private MetadataStore store;
    private CheckpointStorage storage;
    private StateTable stateTable;
    private StateRows rows;
    private long nextCheckpointId = 1;
    private CompletedCheckpoint written;
    private long sizeBytes;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dataDir = Files.createTempDirectory("weir-state-file-bench");
        store = MetadataStore.open(dataDir);
        storage = store.checkpointStorage();
        stateTable = stateTable(table);
        rows = new StateRows(table);
        written = checkpoint(writeOnce());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        System.out.printf("%n[state file] table=%s rows=%d sizeBytes=%d (%.1f bytes per row)%n", table, ROWS,
                sizeBytes, (double) sizeBytes / ROWS);
        store.close();
        try (var paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes the table into a new checkpoint's directory, then removes that directory (outside the timing). */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public StateFile write() throws IOException {
        StateFile file = writeOnce();
        storage.abort(JOB, nextCheckpointId - 1, CheckpointKind.CHECKPOINT);
        return file;
    }

    /** Verifies the checksum of the file written at set-up and hands each of its rows to a consumer. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public void read(Blackhole blackhole) throws IOException {
        Consumer<Row> consumer = row -> blackhole.consume(row.getLong(1));
        storage.read(written, written.files().get(0), consumer);
    }

    /**
     * Without JMH, for a busy machine: writes and reads each table's file eight times on this thread and prints the
     * best rows per second by wall-clock time and by the thread's CPU time (of the last six runs).
     */
    public static void main(String[] args) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String name : args.length > 0 ? args : new String[] {"agg_bigint", "agg_varchar", "hop_slices"}) {
            StateFileBenchmark bench = new StateFileBenchmark();
            bench.table = name;
            bench.setUp();
            double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            for (int run = 0; run < 8; run++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                bench.write();
                long writeWall = System.nanoTime() - wall;
                long writeCpu = threads.getCurrentThreadCpuTime() - cpu;
                cpu = threads.getCurrentThreadCpuTime();
                wall = System.nanoTime();
                long[] sum = {0};
                bench.storage.read(bench.written, bench.written.files().get(0), row -> sum[0] += row.getLong(1));
                long readWall = System.nanoTime() - wall;
                long readCpu = threads.getCurrentThreadCpuTime() - cpu;
                if (run >= 2) {
                    best[0] = Math.min(best[0], writeWall);
                    best[1] = Math.min(best[1], writeCpu);
                    best[2] = Math.min(best[2], readWall);
                    best[3] = Math.min(best[3], readCpu);
                }
            }
            System.out.printf("%s: write %.2f M rows/s (wall), %.2f M rows/s (cpu), %.0f MB/s;"
                    + " read %.2f M rows/s (wall), %.2f M rows/s (cpu); %.1f bytes per row%n", name,
                    ROWS / best[0] * 1e3, ROWS / best[1] * 1e3, bench.sizeBytes / best[0] * 1e3,
                    ROWS / best[2] * 1e3, ROWS / best[3] * 1e3, (double) bench.sizeBytes / ROWS);
            bench.tearDown();
        }
    }

    private StateFile writeOnce() throws IOException {
        StateFile file = storage.write(JOB, nextCheckpointId++, CheckpointKind.CHECKPOINT, 0, 0, KEY_GROUPS - 1,
                stateTable, StateFile.Content.FULL, rows);
        if (file.rowCount() != ROWS) {
            throw new IllegalStateException("wrote " + file.rowCount() + " rows, not " + ROWS);
        }
        sizeBytes = file.sizeBytes();
        return file;
    }

    private CompletedCheckpoint checkpoint(StateFile file) {
        long id = nextCheckpointId - 1;
        return new CompletedCheckpoint(JOB, id, CheckpointKind.CHECKPOINT, CheckpointingMode.EXACTLY_ONCE,
                KEY_GROUPS, storage.locationOf(JOB, id, CheckpointKind.CHECKPOINT), Instant.now(), Instant.now(),
                List.of(file));
    }

    /**
     * The state tables as the planner's operators declare them: the group aggregation's accumulator of
     * {@code COUNT(*), SUM(v), MIN(v), MAX(v)} (row count, count, sum and its count, min, max), and the HOP window's
     * slice accumulator of {@code COUNT(*)} (row count, count) per auction and slice end.
     */
    static StateTable stateTable(String table) {
        DataType keyGroup = DataType.of(TypeRoot.INTEGER).withNullable(false);
        DataType bigint = DataType.of(TypeRoot.BIGINT);
        DataType bigintNotNull = bigint.withNullable(false);
        switch (table) {
            case "agg_bigint":
            case "agg_varchar":
                return new StateTable("GroupAggregate-1", "accumulator", StateKind.VALUE, RowType.of(
                        List.of("key_group", "k", "row_count", "c_0", "s_0", "s_1", "lo_0", "hi_0"),
                        List.of(keyGroup, table.equals("agg_bigint") ? bigint : DataType.string(), bigintNotNull,
                                bigintNotNull, bigintNotNull, bigintNotNull, bigint, bigint)));
            case "hop_slices":
                return new StateTable("WindowAggregate-1", "slices", StateKind.MAP, RowType.of(
                        List.of("key_group", "auction", "slice_end", "row_count", "num_0"),
                        List.of(keyGroup, bigint, bigintNotNull, bigintNotNull, bigintNotNull)));
            default:
                throw new IllegalArgumentException("unknown table " + table);
        }
    }

    /**
     * The rows of a state table in key-group order, filled into one reused row from column arrays made once, as the
     * runtime fills them from its state maps. The values are those of the measured jobs: for the aggregation, 20 M
     * rows of random {@code v} in 1..1 M over 3 M keys; for HOP, five slices per auction with a few bids each. Within
     * a key group the keys come in a hash map's order, so they look random.
     */
    static final class StateRows implements Iterable<Row> {
        private final long[][] columns;
        private final String[] names;

        StateRows(String table) {
            boolean hop = table.equals("hop_slices");
            columns = new long[hop ? 5 : 8][ROWS];
            long[] order = new long[ROWS];
            for (int i = 0; i < ROWS; i++) {
                long key = hop ? 1_000 + i / 5 : 1 + i;
                order[i] = ((long) Math.floorMod(mix(key), KEY_GROUPS) << 40) | ((mix(key) & 0xFFFFL) << 24) | i;
            }
            Arrays.sort(order);
            SplittableRandom random = new SplittableRandom(42);
            for (int r = 0; r < ROWS; r++) {
                int i = (int) (order[r] & 0xFFFFFF);
                columns[0][r] = order[r] >>> 40;
                if (hop) {
                    columns[1][r] = 1_000 + i / 5;
                    columns[2][r] = 1_700_000_000_000L + (i % 5) * 2_000L;
                    columns[3][r] = 1 + random.nextInt(4);
                    columns[4][r] = columns[3][r];
                } else {
                    long count = 1 + random.nextInt(13);
                    long low = 1 + random.nextInt(1_000_000);
                    long high = low + random.nextInt(1_000_001 - (int) low);
                    columns[1][r] = 1 + i;
                    columns[2][r] = count;
                    columns[3][r] = count;
                    columns[4][r] = count * (low + high) / 2;
                    columns[5][r] = count;
                    columns[6][r] = low;
                    columns[7][r] = high;
                }
            }
            names = table.equals("agg_varchar") ? new String[ROWS] : null;
            if (names != null) {
                for (int r = 0; r < ROWS; r++) {
                    names[r] = "user-" + columns[1][r];
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & 0x7FFFFFFF;
        }

        @Override
        public Iterator<Row> iterator() {
            return new Iterator<>() {
                private final Row row = new Row(columns.length);
                private int next;

                @Override
                public boolean hasNext() {
                    return next < ROWS;
                }

                @Override
                public Row next() {
                    if (next >= ROWS) {
                        throw new NoSuchElementException();
                    }
                    int r = next++;
                    for (int c = 0; c < columns.length; c++) {
                        row.setLong(c, columns[c][r]);
                    }
                    if (names != null) {
                        row.setObject(1, names[r]);
                    }
                    return row;
                }
            };
        }
    }
}
