package io.weir.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
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
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetCheckpointStorageTest {
    static final String JOB = "0123456789abcdef0123456789abcdef";
    static final Instant TRIGGERED = Instant.parse("2026-03-04T05:06:07.123Z");

    /** A keyed window state: key group, the key, the window's bounds and the running count and sum. */
    static final StateTable WINDOWS = new StateTable("hop-agg-1", "windows", StateKind.MAP, RowType.of(
            List.of("key_group", "auction", "window_start", "window_end", "cnt", "total"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.of(TypeRoot.BIGINT),
                    DataType.of(TypeRoot.TIMESTAMP, 3).withNullable(false),
                    DataType.of(TypeRoot.TIMESTAMP, 3).withNullable(false), DataType.of(TypeRoot.BIGINT),
                    DataType.decimal(10, 2))));
    static final StateTable POSITIONS = new StateTable("source-0", "positions", StateKind.SOURCE_POSITIONS,
            RowType.of(List.of("split", "next_sequence"), List.of(DataType.string(), DataType.of(TypeRoot.BIGINT))));

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

    private void reopen() {
        metadata.close();
        open();
    }

    static Row window(int keyGroup, long auction, long startMillis, long count, String total) {
        return Row.of(keyGroup, auction, startMillis, startMillis + 10_000, count,
                total == null ? null : new BigDecimal(total));
    }

    static List<Row> windows(long checkpointId) {
        return List.of(window(3, 1000, 1_767_225_600_000L, checkpointId, "12.50"),
                window(17, 1001, 1_767_225_610_000L, 2, null));
    }

    /** Writes the windows of key groups 0-63 and 64-127 and a source position, and commits them as checkpoint n. */
    private CompletedCheckpoint checkpoint(long n, CheckpointKind kind) throws IOException {
        List<StateFile> files = write(n, kind);
        CompletedCheckpoint checkpoint = new CompletedCheckpoint(JOB, n, kind, CheckpointingMode.EXACTLY_ONCE, 128,
                "ignored", TRIGGERED.plusSeconds(n), TRIGGERED.plusSeconds(n).plusMillis(250), files);
        storage.commit(checkpoint);
        return checkpoint;
    }

    private List<StateFile> write(long n, CheckpointKind kind) throws IOException {
        List<StateFile> files = new ArrayList<>();
        files.add(storage.write(JOB, n, kind, 0, 0, 63, WINDOWS, StateFile.Content.FULL, windows(n)));
        files.add(storage.write(JOB, n, kind, 1, 64, 127, WINDOWS, StateFile.Content.FULL, List.of(window(100, 7, 0, 1, "0.01"))));
        files.add(storage.write(JOB, n, kind, 0, 0, 127, POSITIONS, StateFile.Content.FULL, List.of(Row.of("nexmark-0", 42L * n))));
        return files;
    }

    private Path checkpointDirectory(long n) {
        return dataDir.resolve("checkpoints").resolve(JOB).resolve(Long.toString(n));
    }

    private static StateFile fileOf(CompletedCheckpoint checkpoint, int subtask, StateTable table) {
        for (StateFile file : checkpoint.files()) {
            if (file.subtask() == subtask && file.table().equals(table)) {
                return file;
            }
        }
        throw new AssertionError("no file of subtask " + subtask + " for " + table.name() + " in " + checkpoint);
    }

    @Test
    void aCommittedCheckpointIsTheLatestAndReadsBackEveryRow() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        assertThat(latest.checkpointId()).isEqualTo(1);
        assertThat(latest.files()).hasSize(3);
        assertThat(storage.readAll(latest, fileOf(latest, 0, WINDOWS))).containsExactlyElementsOf(windows(1));
        assertThat(storage.readAll(latest, fileOf(latest, 0, POSITIONS))).containsExactly(Row.of("nexmark-0", 42L));
    }

    @Test
    void aCheckpointIsRecordedWithEveryFileAndItsSizeRowCountAndChecksumAcrossARestart() throws IOException {
        CompletedCheckpoint committed = checkpoint(1, CheckpointKind.CHECKPOINT);
        reopen();
        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        assertThat(latest.files()).containsExactlyInAnyOrderElementsOf(committed.files());
        assertThat(latest.location()).isEqualTo(checkpointDirectory(1).toString());
        assertThat(latest.maxParallelism()).isEqualTo(128);
        assertThat(latest.triggeredAt()).isEqualTo(committed.triggeredAt());
        assertThat(latest.completedAt()).isEqualTo(committed.completedAt());
        StateFile file = fileOf(latest, 0, WINDOWS);
        assertThat(file.path()).isEqualTo("hop-agg-1/windows-0-kg0-63.parquet");
        assertThat(file.rowCount()).isEqualTo(2);
        assertThat(file.sizeBytes()).isEqualTo(Files.size(checkpointDirectory(1).resolve(file.path())));
        assertThat(file.checksum()).matches("crc32c:[0-9a-f]{8}");
    }

    @Test
    void aCheckpointWrittenButNotCommittedIsNotTheLatest() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        write(2, CheckpointKind.CHECKPOINT);
        assertThat(storage.latest(JOB).orElseThrow().checkpointId()).isEqualTo(1);
    }

    @Test
    void aJobWithoutCommittedCheckpointsHasNoLatest() throws IOException {
        assertThat(storage.latest(JOB)).isEmpty();
    }

    @Test
    void writingLeavesNoTemporaryFileBeside() throws IOException {
        write(1, CheckpointKind.CHECKPOINT);
        try (var files = Files.walk(checkpointDirectory(1))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("windows-0-kg0-63.parquet", "windows-1-kg64-127.parquet",
                            "positions-0-kg0-127.parquet");
        }
    }

    @Test
    void abortRemovesEveryFileOfTheCheckpoint() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        write(2, CheckpointKind.CHECKPOINT);
        storage.abort(JOB, 2, CheckpointKind.CHECKPOINT);
        assertThat(checkpointDirectory(2)).doesNotExist();
        assertThat(checkpointDirectory(1)).isDirectory();
    }

    @Test
    void retainKeepsTheNewestCheckpointsAndRemovesTheOthersFiles() throws IOException {
        for (long n = 1; n <= 4; n++) {
            checkpoint(n, CheckpointKind.CHECKPOINT);
        }
        storage.retain(JOB, 2);
        assertThat(metadata.checkpoints().list(JOB)).extracting(CompletedCheckpoint::checkpointId).containsExactly(3L, 4L);
        assertThat(checkpointDirectory(1)).doesNotExist();
        assertThat(checkpointDirectory(2)).doesNotExist();
        assertThat(checkpointDirectory(3)).isDirectory();
        assertThat(checkpointDirectory(4)).isDirectory();
    }

    @Test
    void retainKeepsSavepoints() throws IOException {
        checkpoint(1, CheckpointKind.SAVEPOINT);
        checkpoint(2, CheckpointKind.CHECKPOINT);
        checkpoint(3, CheckpointKind.CHECKPOINT);
        storage.retain(JOB, 1);
        assertThat(metadata.checkpoints().list(JOB)).extracting(CompletedCheckpoint::checkpointId).containsExactly(1L, 3L);
        assertThat(dataDir.resolve("savepoints").resolve(JOB + "-1")).isDirectory();
    }

    @Test
    void aSavepointIsWrittenUnderSavepointsAndIsTheLatestWhenNewest() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        checkpoint(2, CheckpointKind.SAVEPOINT);
        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        assertThat(latest.kind()).isEqualTo(CheckpointKind.SAVEPOINT);
        assertThat(latest.location()).isEqualTo(dataDir.resolve("savepoints").resolve(JOB + "-2").toString());
        assertThat(storage.readAll(latest, fileOf(latest, 1, WINDOWS))).containsExactly(window(100, 7, 0, 1, "0.01"));
    }

    @Test
    void loadFindsACheckpointByItsDirectory() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        checkpoint(2, CheckpointKind.CHECKPOINT);
        CompletedCheckpoint loaded = storage.load(checkpointDirectory(1).toString() + "/");
        assertThat(loaded.checkpointId()).isEqualTo(1);
        assertThat(storage.readAll(loaded, fileOf(loaded, 0, WINDOWS))).containsExactlyElementsOf(windows(1));
    }

    @Test
    void loadOfADirectoryWithoutACommittedCheckpointFailsNamingIt() throws IOException {
        write(1, CheckpointKind.CHECKPOINT);
        String location = checkpointDirectory(1).toString();
        assertThatThrownBy(() -> storage.load(location))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_OPTION))
                .hasMessage("No committed checkpoint or savepoint at '" + location + "'; 'execution.state-recovery.path' "
                        + "must name the directory of a retained checkpoint or savepoint");
    }

    @Test
    void aCorruptStateFileFailsTheReadNamingTheFileTheCheckpointAndAnEarlierOne() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        CompletedCheckpoint second = checkpoint(2, CheckpointKind.CHECKPOINT);
        StateFile file = fileOf(storage.latest(JOB).orElseThrow(), 0, WINDOWS);
        Path path = checkpointDirectory(2).resolve(file.path());
        byte[] bytes = Files.readAllBytes(path);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(path, bytes);
        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        assertThatThrownBy(() -> storage.readAll(latest, file))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DATA_ERROR))
                .hasMessageStartingWith("State file '" + path + "' of checkpoint 2 of job '" + JOB
                        + "' is corrupt (checksum crc32c:")
                .hasMessageContaining(", expected " + file.checksum() + "); ")
                .hasMessageEndingWith("restore from an earlier checkpoint with SET 'execution.state-recovery.path' = '"
                        + checkpointDirectory(1) + "'");
        assertThat(second.checkpointId()).isEqualTo(2);
    }

    @Test
    void aMissingStateFileFailsTheReadNamingTheFileAndTheCheckpoint() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        StateFile file = fileOf(latest, 0, POSITIONS);
        Path path = checkpointDirectory(1).resolve(file.path());
        Files.delete(path);
        assertThatThrownBy(() -> storage.readAll(latest, file))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR))
                .hasMessage("State file '" + path + "' of checkpoint 1 of job '" + JOB + "' is missing; no earlier "
                        + "checkpoint of the job is retained, so it can only start again without its state");
    }

    @Test
    void aTruncatedStateFileIsCorrupt() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        StateFile file = fileOf(latest, 1, WINDOWS);
        Path path = checkpointDirectory(1).resolve(file.path());
        byte[] bytes = Files.readAllBytes(path);
        Files.write(path, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        assertThatThrownBy(() -> storage.readAll(latest, file))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DATA_ERROR))
                .hasMessageContaining("is corrupt (size " + (bytes.length - 8) + " bytes, expected " + bytes.length);
    }

    @Test
    void aDirectoryOfAnUncommittedCheckpointIsRemovedOnOpen() throws IOException {
        checkpoint(1, CheckpointKind.CHECKPOINT);
        write(2, CheckpointKind.CHECKPOINT);
        Files.createDirectories(dataDir.resolve("checkpoints").resolve("fedcba9876543210fedcba9876543210").resolve("5"));
        reopen();
        assertThat(checkpointDirectory(2)).doesNotExist();
        assertThat(dataDir.resolve("checkpoints").resolve("fedcba9876543210fedcba9876543210")).doesNotExist();
        CompletedCheckpoint latest = storage.latest(JOB).orElseThrow();
        assertThat(storage.readAll(latest, fileOf(latest, 0, WINDOWS))).containsExactlyElementsOf(windows(1));
    }

    @Test
    void aCommitThatFailsHalfwayRecordsNothing() throws IOException {
        List<StateFile> files = write(1, CheckpointKind.CHECKPOINT);
        List<StateFile> twice = new ArrayList<>(files);
        twice.add(files.get(0));
        CompletedCheckpoint clashing = new CompletedCheckpoint(JOB, 1, CheckpointKind.CHECKPOINT,
                CheckpointingMode.EXACTLY_ONCE, 128, "ignored", TRIGGERED, TRIGGERED, twice);
        assertThatThrownBy(() -> storage.commit(clashing))
                .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR));
        assertThat(storage.latest(JOB)).isEmpty();
    }

    @Test
    void aCommitOfAFileThatWasNotWrittenFails() throws IOException {
        List<StateFile> files = new ArrayList<>(write(1, CheckpointKind.CHECKPOINT));
        StateFile written = files.get(0);
        files.add(new StateFile(POSITIONS, 9, 0, 127, StateFile.Content.FULL, 1, "source-0/positions-9-kg0-127.parquet", written.sizeBytes(), 1,
                written.checksum()));
        CompletedCheckpoint checkpoint = new CompletedCheckpoint(JOB, 1, CheckpointKind.CHECKPOINT,
                CheckpointingMode.EXACTLY_ONCE, 128, "ignored", TRIGGERED, TRIGGERED, files);
        assertThatThrownBy(() -> storage.commit(checkpoint)).isInstanceOf(IOException.class)
                .hasMessageContaining("positions-9-kg0-127.parquet is missing");
        assertThat(storage.latest(JOB)).isEmpty();
    }

    @Test
    void namesThatAreNotPlainFileNamesAreEncoded() throws IOException {
        StateTable odd = new StateTable("agg#2/x", ".hidden state", StateKind.VALUE, POSITIONS.schema());
        StateFile file = storage.write(JOB, 1, CheckpointKind.CHECKPOINT, 0, 0, 127, odd, StateFile.Content.FULL, List.of(Row.of("a", 1L)));
        assertThat(file.path()).isEqualTo("agg%232%2Fx/%2Ehidden%20state-0-kg0-127.parquet");
        assertThat(checkpointDirectory(1).resolve(file.path())).isRegularFile();
    }
}
