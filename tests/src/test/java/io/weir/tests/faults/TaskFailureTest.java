package io.weir.tests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.internal.fault.FaultPoint;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.job.Job;
import io.weir.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fails one task (or the coordinator) of the checkpointed fault job at a fault point the seed chooses, in each
 * checkpointing mode, and compares what the sink committed with a run without failures.
 */
class TaskFailureTest {
    /**
     * 400,000 events: 100 s of event time. The sources wait at the end of their input until the fault has fired
     * ({@link Faults#holdInputsOpenUntilFired}), so a fault at a checkpoint fires however fast the job reads them.
     */
    static final long EVENTS = 400_000;

    private static FaultReference reference;

    @TempDir
    Path work;

    @BeforeAll
    static void runWithoutFailures() {
        reference = FaultReference.of(EVENTS);
        assertThat(reference.lines()).as("the reference run's output").hasSizeGreaterThan(3);
    }

    static Stream<Arguments> seeds() {
        List<Arguments> arguments = new ArrayList<>();
        for (CheckpointMode mode : CheckpointMode.values()) {
            List<Long> seeds = mode == CheckpointMode.INCREMENTAL ? FaultSeeds.incrementalSeeds() : FaultSeeds.seeds();
            for (long seed : seeds) {
                arguments.add(Arguments.of(mode, seed));
            }
        }
        return arguments.stream();
    }

    @AfterEach
    void disarm() {
        Faults.disarm(null);
    }

    /** The most rows a task reads before a seeded {@code RECORDS} fault fails it. */
    static final int MAX_FAULT_ROWS = 20_000;

    /** The fault point a seed arms: its point, task (a name without the job, or null for any) and value. */
    record Fault(FaultPoint point, String task, long at) {
        static Fault of(long seed, List<String> taskNames) {
            SplittableRandom random = new SplittableRandom(seed);
            FaultPoint point = FaultPoint.values()[random.nextInt(FaultPoint.values().length)];
            String task = taskNames.get(random.nextInt(taskNames.size()));
            switch (point) {
                case RECORDS:
                    return new Fault(point, task, 1 + random.nextInt(MAX_FAULT_ROWS));
                case BARRIER:
                    return new Fault(point, task, 1 + random.nextInt(2));
                case SINK_PRE_COMMIT:
                    return new Fault(point, null, 1 + random.nextInt(2));
                default:
                    return new Fault(point, "coordinator", 1 + random.nextInt(2));
            }
        }
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void aFailedTaskRestartsFromTheLatestCheckpointAndTheCommittedOutputKeepsTheModesGuarantee(CheckpointMode mode,
            long seed) throws Exception {
        Fault fault = Fault.of(seed, reference.tasks());
        Faults.arm(fault.point(), null, fault.task(), fault.at());
        Faults.holdInputsOpenUntilFired();
        Path out = work.resolve("out");
        Path data = work.resolve("data");
        Job job;
        try (Session session = FaultSessions.open(data)) {
            List<String> statements = new ArrayList<>(FaultJob.tables(out, EVENTS));
            statements.addAll(FaultJob.checkpointed(mode));
            statements.add("SET 'table.dml-sync' = 'true'");
            statements.add(FaultJob.insert());
            FaultSessions.run(session, statements);
            job = FaultSessions.lastJob(session);
        }

        assertThat(Faults.fired(job.id())).as("%s fired; metrics %s", fault, job.metrics()).isTrue();
        assertThat(job.metrics().get("restarts")).as("restarts after %s", fault).isGreaterThanOrEqualTo(1L);
        List<String> committed = FaultJob.committedLines(out);
        if (mode.exactlyOnce()) {
            assertThat(committed).as("committed output after %s", fault).isEqualTo(reference.lines());
        } else {
            assertAtLeastOnce(committed, fault);
        }
        StoredCheckpoints stored = new StoredCheckpoints(data);
        assertThat(stored.halfCheckpoints()).as("half checkpoints after %s", fault).isEmpty();
        assertThat(stored.unreferencedFiles()).as("unreferenced checkpoint files after %s", fault).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")))
                    .as("in-progress files left after %s", fault).isEmpty();
        }
    }

    /** Every reference window is there, with at least the reference's number of auctions and bids. */
    private static void assertAtLeastOnce(List<String> committed, Fault fault) {
        Map<String, long[]> windows = new TreeMap<>();
        for (String line : committed) {
            String[] fields = line.split(",");
            windows.merge(fields[0] + "," + fields[1], new long[] {Long.parseLong(fields[2]), Long.parseLong(fields[3])},
                    (a, b) -> new long[] {Math.max(a[0], b[0]), Math.max(a[1], b[1])});
        }
        for (String line : reference.lines()) {
            String[] fields = line.split(",");
            long[] counts = windows.get(fields[0] + "," + fields[1]);
            assertThat(counts).as("window %s,%s after %s", fields[0], fields[1], fault).isNotNull();
            assertThat(counts[0]).as("auctions of %s after %s", line, fault)
                    .isGreaterThanOrEqualTo(Long.parseLong(fields[2]));
            assertThat(counts[1]).as("bids of %s after %s", line, fault)
                    .isGreaterThanOrEqualTo(Long.parseLong(fields[3]));
        }
    }
}
