package io.weir.bench;

import io.weir.checkpoint.MetadataStore;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.internal.state.StateSnapshots;
import io.weir.runtime.internal.state.TableSnapshot;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes the state of one subtask of the large-state checkpoint of {@link RecoveryTimings} (a group aggregation's
 * COUNT, SUM, MIN, MAX over 3 M keys at parallelism 2, so about 1.5 M keys) from a live copy-on-write snapshot into
 * a state file through the checkpoint storage, as a checkpoint writer thread does, and prints each run's wall-clock
 * and CPU time. The state is built as the job builds it: 10 M updates of random keys with a snapshot taken and
 * released every 2 M, so that entries, keys and values lie scattered over the heap as copy-on-write leaves them.
 * Compared with {@link StateFileBenchmark}, which writes the same table from column arrays, it adds the walk of the
 * frozen hash tables. A plain {@code main}, for a busy machine: read the best runs.
 */
public final class SnapshotWriteTimings {
    private static final int KEYS = 3_000_000;
    private static final int UPDATES = 20_000_000;
    private static final int SNAPSHOT_EVERY = 2_000_000;
    private static final int RUNS = 10;
    private static final String JOB = "snapshot-write-timings";

    private SnapshotWriteTimings() {
    }

    public static void main(String[] args) throws IOException {
        DataType bigint = DataType.of(TypeRoot.BIGINT);
        DataType bigintNotNull = bigint.withNullable(false);
        RowType input = RowType.of(List.of("k", "v"), List.of(bigint, bigint));
        RowType accumulator = RowType.of(List.of("row_count", "c_0", "s_0", "s_1", "lo_0", "hi_0"),
                List.of(bigintNotNull, bigintNotNull, bigintNotNull, bigintNotNull, bigint, bigint));
        KeyedStateBackend backend = KeyedStateBackend.keyed("GroupAggregate", input, List.of(0),
                KeyGroups.DEFAULT_MAX_PARALLELISM, 0, 2);
        HeapTimerService timers = new HeapTimerService(backend, InstantSource.system());
        ValueState state = backend.valueState("accumulator", accumulator);
        fill(backend, state, timers, KeyHasher.of(input, List.of(0)));

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Path dataDir = Files.createTempDirectory("weir-snapshot-write");
        try (MetadataStore store = MetadataStore.open(dataDir)) {
            CheckpointStorage storage = store.checkpointStorage();
            for (int run = 1; run <= RUNS; run++) {
                List<TableSnapshot> tables = StateSnapshots.snapshot("agg", backend, timers);
                TableSnapshot table = tables.get(0);
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                StateFile file = storage.write(JOB, run, CheckpointKind.CHECKPOINT, 0, table.firstKeyGroup(),
                        table.lastKeyGroup(), table.table(), StateFile.Content.FULL, table.rows());
                long wallNanos = System.nanoTime() - wall;
                long cpuNanos = threads.getCurrentThreadCpuTime() - cpu;
                for (TableSnapshot each : tables) {
                    each.release().run();
                }
                storage.abort(JOB, run, CheckpointKind.CHECKPOINT);
                System.out.printf("run %d: %d rows, %.1f MB, wall %d ms, cpu %d ms (%.2f M rows/s by cpu)%n", run,
                        file.rowCount(), file.sizeBytes() / 1e6, wallNanos / 1_000_000, cpuNanos / 1_000_000,
                        file.rowCount() * 1e3 / cpuNanos);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Applies the job's updates to subtask 0's keys, taking and releasing a snapshot every so often. */
    private static void fill(KeyedStateBackend backend, ValueState state, HeapTimerService timers,
            KeyHasher hasher) {
        SplittableRandom random = new SplittableRandom(7);
        Row in = new Row(2);
        List<TableSnapshot> live = List.of();
        for (int i = 1; i <= UPDATES; i++) {
            in.setLong(0, random.nextLong(1, KEYS + 1));
            in.setLong(1, random.nextLong(1, 1_000_001));
            if (KeyGroups.subtaskOfKey(hasher.hash(in), KeyGroups.DEFAULT_MAX_PARALLELISM, 2) != 0) {
                continue;
            }
            backend.setCurrentKeyOf(in);
            Row acc = state.value();
            if (acc == null) {
                acc = Row.of(0L, 0L, 0L, 0L, null, null);
            }
            acc.setLong(0, acc.getLong(0) + 1);
            acc.setLong(1, acc.getLong(1) + 1);
            acc.setLong(2, acc.getLong(2) + in.getLong(1));
            acc.setLong(3, acc.getLong(3) + 1);
            acc.setLong(4, acc.isNullAt(4) ? in.getLong(1) : Math.min(acc.getLong(4), in.getLong(1)));
            acc.setLong(5, acc.isNullAt(5) ? in.getLong(1) : Math.max(acc.getLong(5), in.getLong(1)));
            state.update(acc);
            if (i % SNAPSHOT_EVERY == 0) {
                for (TableSnapshot table : live) {
                    table.release().run();
                }
                live = StateSnapshots.snapshot("agg", backend, timers);
            }
        }
        for (TableSnapshot table : live) {
            table.release().run();
        }
    }
}
