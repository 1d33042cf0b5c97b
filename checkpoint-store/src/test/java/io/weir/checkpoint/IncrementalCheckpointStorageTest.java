package io.weir.checkpoint;

import static io.weir.checkpoint.ParquetCheckpointStorageTest.JOB;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.POSITIONS;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.TRIGGERED;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.WINDOWS;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checkpoints whose keyed state is a full file of an earlier checkpoint followed by deltas. */
class IncrementalCheckpointStorageTest {
    @TempDir
    Path dataDir;

    private MetadataStore metadata;
    private CheckpointStorage storage;

    @BeforeEach
    void open() {
        metadata = MetadataStore.open(dataDir);
        storage = metadata.checkpointStorage();
    }

    @AfterEach
    void close() {
        metadata.close();
    }

    private static Row delta(boolean deleted, Row row) {
        Row marked = new Row(row.arity() + 1);
        marked.setBoolean(0, deleted);
        for (int i = 0; i < row.arity(); i++) {
            row.copyField(i, marked, i + 1);
        }
        return marked;
    }

    /** Commits checkpoint {@code n}: the windows file of {@code chain} plus a new file, and a source position. */
    private CompletedCheckpoint commit(long n, List<StateFile> chain, StateFile.Content content, List<Row> rows)
            throws IOException {
        List<StateFile> files = new ArrayList<>(chain);
        files.add(storage.write(JOB, n, CheckpointKind.CHECKPOINT, 0, 0, 127, WINDOWS, content, rows));
        files.add(storage.write(JOB, n, CheckpointKind.CHECKPOINT, 0, 0, 127, POSITIONS, StateFile.Content.FULL,
                List.of(Row.of("nexmark-0", 10L * n))));
        CompletedCheckpoint checkpoint = new CompletedCheckpoint(JOB, n, CheckpointKind.CHECKPOINT,
                CheckpointingMode.EXACTLY_ONCE, 128, "ignored", TRIGGERED.plusSeconds(n), TRIGGERED.plusSeconds(n),
                files);
        storage.commit(checkpoint);
        storage.retain(JOB, 1);
        return storage.latest(JOB).orElseThrow();
    }

    private static List<StateFile> windowChain(CompletedCheckpoint checkpoint) {
        return checkpoint.files().stream().filter(f -> f.table().equals(WINDOWS)).toList();
    }

    private Path directory(long n) {
        return dataDir.resolve("checkpoints").resolve(JOB).resolve(Long.toString(n));
    }

    /** Checkpoint 1 full, 2 and 3 deltas on it; one retained. */
    private CompletedCheckpoint chainOfThree() throws IOException {
        CompletedCheckpoint first = commit(1, List.of(), StateFile.Content.FULL,
                List.of(window(3, 1000, 0, 1, "1.00"), window(17, 1001, 0, 1, "2.00")));
        CompletedCheckpoint second = commit(2, windowChain(first), StateFile.Content.DELTA,
                List.of(delta(true, window(17, 1001, 0, 0, null)), delta(false, window(3, 1000, 0, 2, "3.00"))));
        return commit(3, windowChain(second), StateFile.Content.DELTA,
                List.of(delta(false, window(40, 1002, 0, 1, "4.00"))));
    }

    @Test
    void aCheckpointListsAndReadsTheFullFileAndDeltasOfEarlierCheckpoints() throws IOException {
        CompletedCheckpoint third = chainOfThree();

        List<StateFile> chain = windowChain(third);
        assertThat(chain).extracting(StateFile::checkpointId).containsExactly(1L, 2L, 3L);
        assertThat(chain).extracting(StateFile::content).containsExactly(StateFile.Content.FULL,
                StateFile.Content.DELTA, StateFile.Content.DELTA);
        assertThat(storage.readAll(third, chain.get(1))).containsExactly(
                delta(true, window(17, 1001, 0, 0, null)), delta(false, window(3, 1000, 0, 2, "3.00")));
        assertThat(storage.readAll(third, chain.get(0))).hasSize(2);
    }

    @Test
    void retentionKeepsTheFilesARetainedCheckpointBuildsOnAndRemovesTheRest() throws IOException {
        chainOfThree();

        assertThat(directory(1).resolve("hop-agg-1/windows-0-kg0-127.parquet")).exists();
        assertThat(directory(2).resolve("hop-agg-1/delta/windows-0-kg0-127.parquet")).exists();
        assertThat(directory(1).resolve("source-0/positions-0-kg0-127.parquet")).doesNotExist();
        assertThat(directory(2).resolve("source-0/positions-0-kg0-127.parquet")).doesNotExist();
    }

    @Test
    void aChainsDirectoriesAreRemovedOnceNoRetainedCheckpointListsThem() throws IOException {
        CompletedCheckpoint third = chainOfThree();

        commit(4, List.of(), StateFile.Content.FULL, List.of(window(3, 1000, 0, 2, "3.00")));

        assertThat(directory(1)).doesNotExist();
        assertThat(directory(2)).doesNotExist();
        assertThat(directory(3)).doesNotExist();
        assertThat(third.checkpointId()).isEqualTo(3);
    }

    @Test
    void theDirectoriesACommittedCheckpointBuildsOnSurviveAReopen() throws IOException {
        chainOfThree();
        metadata.close();
        open();

        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        for (StateFile file : windowChain(latest)) {
            assertThat(storage.readAll(latest, file)).isNotEmpty();
        }
    }

    @Test
    void aCorruptDeltaFailsTheReadNamingTheFileAndTheCheckpoint() throws IOException {
        CompletedCheckpoint third = chainOfThree();
        Path delta = directory(2).resolve("hop-agg-1/delta/windows-0-kg0-127.parquet");
        byte[] bytes = Files.readAllBytes(delta);
        bytes[bytes.length / 2] ^= 0x5a;
        Files.write(delta, bytes);

        assertThatThrownBy(() -> storage.readAll(third, windowChain(third).get(1)))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'" + delta + "'")
                .hasMessageContaining("of checkpoint 3")
                .hasMessageContaining("is corrupt");
    }

    @Test
    void aMissingDeltaFailsTheReadNamingTheFile() throws IOException {
        CompletedCheckpoint third = chainOfThree();
        Path delta = directory(2).resolve("hop-agg-1/delta/windows-0-kg0-127.parquet");
        Files.delete(delta);

        assertThatThrownBy(() -> storage.readAll(third, windowChain(third).get(1)))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'" + delta + "'");
    }

    @Test
    void aSavepointRefusesADelta() {
        assertThatThrownBy(() -> storage.write(JOB, 5, CheckpointKind.SAVEPOINT, 0, 0, 127, WINDOWS,
                StateFile.Content.DELTA, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
