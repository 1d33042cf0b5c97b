package io.weir.checkpoint;

import static io.weir.checkpoint.ParquetCheckpointStorageTest.JOB;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.POSITIONS;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.TRIGGERED;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.WINDOWS;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.windows;
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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Savepoints describe themselves in their directory, so they can be restored after a copy or a move. */
class RelocatableSavepointTest {
    @TempDir
    Path root;

    /** Writes and commits savepoint {@code n} of {@link ParquetCheckpointStorageTest#JOB} in {@code storage}. */
    private static CompletedCheckpoint savepoint(CheckpointStorage storage, long n) throws IOException {
        List<StateFile> files = List.of(
                storage.write(JOB, n, CheckpointKind.SAVEPOINT, 0, 0, 63, WINDOWS, StateFile.Content.FULL, windows(n)),
                storage.write(JOB, n, CheckpointKind.SAVEPOINT, 0, 0, 127, POSITIONS, StateFile.Content.FULL,
                        List.of(Row.of("nexmark-0", 7L))));
        CompletedCheckpoint savepoint = new CompletedCheckpoint(JOB, n, CheckpointKind.SAVEPOINT,
                CheckpointingMode.EXACTLY_ONCE, 128, storage.locationOf(JOB, n, CheckpointKind.SAVEPOINT), TRIGGERED,
                TRIGGERED.plusMillis(250), files);
        storage.commit(savepoint);
        return storage.latest(JOB).orElseThrow();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    @Test
    void aSavepointsDescriptionFileHoldsEverythingTheMetadataDatabaseRecords() throws IOException {
        try (MetadataStore store = MetadataStore.open(root.resolve("data"))) {
            CompletedCheckpoint committed = savepoint(store.checkpointStorage(), 3);
            Path directory = Path.of(committed.location());
            assertThat(directory.resolve("_metadata.json")).isRegularFile();
            // A fresh storage of another data directory knows nothing of it but the description.
            try (MetadataStore other = MetadataStore.open(root.resolve("other"))) {
                assertThat(other.checkpointStorage().load(committed.location())).isEqualTo(committed);
            }
        }
    }

    @Test
    void aSavepointMovedIntoAnotherDataDirectoryLoadsFromItsNewPlaceAndReadsBackEveryRow() throws IOException {
        Path moved = root.resolve("other").resolve("savepoints").resolve("copied");
        CompletedCheckpoint committed;
        try (MetadataStore store = MetadataStore.open(root.resolve("data"))) {
            committed = savepoint(store.checkpointStorage(), 3);
        }
        Files.createDirectories(moved.getParent());
        Files.move(Path.of(committed.location()), moved);

        try (MetadataStore other = MetadataStore.open(root.resolve("other"))) {
            CheckpointStorage storage = other.checkpointStorage();
            CompletedCheckpoint loaded = storage.load(moved.toString());

            assertThat(loaded.location()).isEqualTo(moved.toString());
            assertThat(loaded.checkpointId()).isEqualTo(3);
            assertThat(loaded.kind()).isEqualTo(CheckpointKind.SAVEPOINT);
            assertThat(loaded.files()).containsExactlyElementsOf(committed.files());
            StateFile windowsFile = loaded.files().stream().filter(f -> f.table().equals(WINDOWS)).findFirst()
                    .orElseThrow();
            assertThat(storage.readAll(loaded, windowsFile)).containsExactlyElementsOf(windows(3));
        }
    }

    @Test
    void aCopiedSavepointWithACorruptStateFileFailsToReadNamingTheFile() throws IOException {
        Path copy = root.resolve("copy");
        CompletedCheckpoint committed;
        try (MetadataStore store = MetadataStore.open(root.resolve("data"))) {
            committed = savepoint(store.checkpointStorage(), 3);
            copyTree(Path.of(committed.location()), copy);
            StateFile windowsFile = committed.files().get(0);
            Path corrupt = copy.resolve(windowsFile.path());
            byte[] bytes = Files.readAllBytes(corrupt);
            bytes[bytes.length / 2] ^= 0x5a;
            Files.write(corrupt, bytes);

            CompletedCheckpoint loaded = store.checkpointStorage().load(copy.toString());

            assertThatThrownBy(() -> store.checkpointStorage().readAll(loaded, windowsFile))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining(corrupt.toString())
                    .hasMessageContaining("is corrupt");
        }
    }

    @Test
    void aDirectoryWithNeitherARecordNorADescriptionIsNoSavepoint() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));
        try (MetadataStore store = MetadataStore.open(root.resolve("data"))) {
            assertThatThrownBy(() -> store.checkpointStorage().load(empty.toString()))
                    .isInstanceOf(WeirException.class)
                    .hasMessageContaining("No committed checkpoint or savepoint at '" + empty + "'");
        }
    }

    @Test
    void theStoreListsTheSavepointsOfEveryJobButNoCheckpoint() throws IOException {
        try (MetadataStore store = MetadataStore.open(root.resolve("data"))) {
            CheckpointStorage storage = store.checkpointStorage();
            storage.commit(new CompletedCheckpoint(JOB, 1, CheckpointKind.CHECKPOINT, CheckpointingMode.EXACTLY_ONCE,
                    128, "ignored", TRIGGERED, TRIGGERED, List.of()));
            CompletedCheckpoint savepoint = savepoint(storage, 2);

            assertThat(store.checkpoints().savepoints()).containsExactly(savepoint);
        }
    }
}
