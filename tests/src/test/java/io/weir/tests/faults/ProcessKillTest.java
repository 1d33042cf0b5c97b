package io.weir.tests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a child JVM running the checkpointed fault job with {@code weir -f} once a seeded number of checkpoints is
 * committed, then runs {@code weir -e "SHOW JOBS"} on the same data directory, which resumes the job and waits for
 * it: the committed output equals a run without failures.
 */
class ProcessKillTest {
    /** 3,000,000 events: a child JVM, whose first checkpoint can take seconds, commits a few before its job ends. */
    static final long EVENTS = 3_000_000;
    private static final Pattern COMMITTED = Pattern.compile("checkpoint committed job=\\S+ id=(\\d+)");

    private static FaultReference reference;

    @TempDir
    Path work;

    @BeforeAll
    static void runWithoutFailures() {
        reference = FaultReference.of(EVENTS);
    }

    static Stream<Arguments> seeds() {
        List<Arguments> arguments = new ArrayList<>();
        for (long seed : FaultSeeds.kills()) {
            arguments.add(Arguments.of(CheckpointMode.ALIGNED, seed));
        }
        for (long seed : FaultSeeds.incrementalSeeds()) {
            arguments.add(Arguments.of(CheckpointMode.INCREMENTAL, seed));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} seed {1}")
    @MethodSource("seeds")
    void aKilledProcessesJobIsResumedByTheNextRunAndCommitsTheFailureFreeOutput(CheckpointMode mode, long seed)
            throws Exception {
        long killAfter = 1 + new SplittableRandom(seed).nextInt(2);
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        Path script = work.resolve("job.sql");
        List<String> statements = new ArrayList<>(FaultJob.tables(out, EVENTS));
        statements.addAll(FaultJob.checkpointed(mode));
        statements.add(FaultJob.insert());
        Files.writeString(script, String.join(";\n", statements) + ";\n");

        Process first = ChildWeir.start(data, "-f", script.toString());
        try {
            FaultSessions.await("checkpoint " + killAfter + " is committed", () -> {
                assertThat(first.isAlive()).as("the first run is still running before its checkpoint %d (log: %s)",
                        killAfter, log(data)).isTrue();
                return lastCommitted(data) >= killAfter;
            });
        } finally {
            first.destroyForcibly().waitFor();
        }
        List<String> beforeResume = FaultJob.committedLines(out);

        ChildWeir.Result resumed = ChildWeir.run(data, "-e", "SHOW JOBS");

        assertThat(resumed.exitCode()).as(resumed.stderr()).isZero();
        assertThat(resumed.stderr()).containsPattern("Resumed job '[0-9a-f]{32}' \\(\\S+\\) from checkpoint \\d+");
        assertThat(reference.lines()).as("the failure-free output holds what was committed before the kill")
                .containsAll(beforeResume);
        assertThat(FaultJob.committedLines(out)).isEqualTo(reference.lines());
        StoredCheckpoints stored = new StoredCheckpoints(data);
        assertThat(stored.halfCheckpoints()).isEmpty();
        assertThat(stored.unreferencedFiles()).isEmpty();
    }

    /** The id of the newest checkpoint the log says was committed, or 0. */
    static long lastCommitted(Path data) {
        long last = 0;
        Matcher m = COMMITTED.matcher(log(data));
        while (m.find()) {
            last = Math.max(last, Long.parseLong(m.group(1)));
        }
        return last;
    }

    private static String log(Path data) {
        Path file = data.resolve("logs").resolve("weir.log");
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
