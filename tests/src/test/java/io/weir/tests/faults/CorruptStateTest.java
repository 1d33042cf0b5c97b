package io.weir.tests.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.WeirException;
import io.weir.session.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops the checkpointed fault job after a few checkpoints, flips a byte of a state file of its latest checkpoint,
 * and restores: from the corrupt checkpoint it fails naming the file, from the earlier retained one it completes.
 * The first run is a child JVM killed after its third checkpoint, as checkpoints take long against the job's
 * length in this JVM.
 */
class CorruptStateTest {
    @TempDir
    Path work;

    @Test
    void aCorruptStateFileFailsTheRestoreNamingItAndTheEarlierCheckpointRestoresInstead() throws Exception {
        Path data = work.resolve("data");
        Path out = work.resolve("out");
        List<String> settings = new ArrayList<>(FaultJob.checkpointed(CheckpointMode.ALIGNED));
        settings.add("SET 'execution.checkpointing.num-retained' = '3'");
        List<String> statements = new ArrayList<>(FaultJob.tables(out, ProcessKillTest.EVENTS));
        statements.addAll(settings);
        statements.add(FaultJob.insert());
        Path script = work.resolve("job.sql");
        Files.writeString(script, String.join(";\n", statements) + ";\n");
        Process first = ChildWeir.start(data, "-f", script.toString());
        try {
            FaultSessions.await("three checkpoints are committed", () -> {
                assertThat(first.isAlive()).as("the run is still running before its third checkpoint").isTrue();
                return ProcessKillTest.lastCommitted(data) >= 3;
            });
        } finally {
            first.destroyForcibly().waitFor();
        }
        StoredCheckpoints stored = new StoredCheckpoints(data);
        List<Path> checkpoints = stored.checkpointDirectories();
        assertThat(checkpoints).as("retained checkpoints").hasSizeGreaterThanOrEqualTo(2);
        Path latest = checkpoints.get(checkpoints.size() - 1);
        Path earlier = checkpoints.get(checkpoints.size() - 2);
        List<Path> windows = stored.stateFiles(latest, "LIST");
        assertThat(windows).as("window state files of %s", latest).isNotEmpty();
        Path corrupt = windows.get(0);
        flipAByteInTheMiddle(corrupt);

        Map<String, List<String>> visible;
        try (Session session = FaultSessions.open(data)) {
            FaultSessions.run(session, settings);
            FaultSessions.run(session, List.of("SET 'restart-strategy.type' = 'none'",
                    "SET 'table.dml-sync' = 'true'",
                    "SET 'execution.state-recovery.path' = '" + latest + "'"));
            assertThatThrownBy(() -> FaultSessions.run(session, List.of(FaultJob.insert())))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("'" + corrupt + "'")
                    .hasMessageContaining("of checkpoint " + latest.getFileName() + " ")
                    .hasMessageContaining("is corrupt")
                    .hasMessageContaining("SET 'execution.state-recovery.path' = '" + earlier + "'");
            // The sink may have committed what the corrupt checkpoint covered: that checkpoint was committed.
            visible = contents(out);

            FaultSessions.run(session, List.of("SET 'execution.state-recovery.path' = '" + earlier + "'",
                    FaultJob.insert()));
        }

        // Restoring an older checkpoint than the latest replays what the sink committed between the two: the
        // output is the failure-free one plus, at most, lines the first run had already committed.
        List<String> committed = FaultJob.committedLines(out);
        List<String> reference = FaultReference.of(ProcessKillTest.EVENTS).lines();
        List<String> extra = new ArrayList<>(committed);
        for (String line : reference) {
            assertThat(extra.remove(line)).as("window %s is committed", line).isTrue();
        }
        List<String> committedBefore = new ArrayList<>();
        visible.values().forEach(committedBefore::addAll);
        for (String line : extra) {
            assertThat(committedBefore.remove(line)).as("the extra line %s was committed before the restore", line)
                    .isTrue();
        }
    }

    private static void flipAByteInTheMiddle(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(file, bytes);
    }

    /** Each committed file's lines, by file name. */
    private static Map<String, List<String>> contents(Path out) throws Exception {
        Map<String, List<String>> contents = new HashMap<>();
        for (Path file : FaultJob.committedFiles(out)) {
            contents.put(file.getFileName().toString(), Files.readAllLines(file));
        }
        return contents;
    }
}
