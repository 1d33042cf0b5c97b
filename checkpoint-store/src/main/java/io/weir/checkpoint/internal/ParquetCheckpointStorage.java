package io.weir.checkpoint.internal;

import io.weir.checkpoint.CheckpointStore;
import io.weir.checkpoint.internal.parquet.ParquetRowReader;
import io.weir.checkpoint.internal.parquet.ParquetRowWriter;
import io.weir.runtime.checkpoint.CheckpointFigures;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints as Parquet files under the data directory, committed in the metadata database: checkpoint {@code n}
 * of a job is the directory {@code checkpoints/<job>/<n>/} (a savepoint {@code savepoints/<job>-<n>/}), holding
 * {@code <operator-uid>/<state-name>-<subtask>-kg<first>-<last>.parquet} per state table and subtask. A file is
 * written under a hidden temporary name, forced to the disk and renamed; the checkpoint exists once its row and its
 * files' rows are committed in one transaction ({@link CheckpointStore#insert}).
 */
public final class ParquetCheckpointStorage implements CheckpointStorage {
    private static final Logger LOG = LoggerFactory.getLogger(ParquetCheckpointStorage.class);
    static final String CHECKPOINTS = "checkpoints";
    static final String SAVEPOINTS = "savepoints";
    private static final String CHECKSUM_PREFIX = "crc32c:";

    private final Path dataDir;
    private final CheckpointStore records;
    private final CheckpointWrites writes = new CheckpointWrites();

    private ParquetCheckpointStorage(Path dataDir, CheckpointStore records) {
        this.dataDir = dataDir;
        this.records = records;
    }

    /**
     * The storage of {@code dataDir}, after removing every checkpoint directory that no committed checkpoint
     * references (left by a crash mid-checkpoint). Call it only while no job of the directory runs: when the
     * directory has just been locked.
     */
    public static ParquetCheckpointStorage open(Path dataDir, CheckpointStore records) {
        ParquetCheckpointStorage storage = new ParquetCheckpointStorage(dataDir.toAbsolutePath().normalize(), records);
        storage.removeUncommitted();
        return storage;
    }

    /** The directory of checkpoint {@code checkpointId} of {@code jobId}. */
    public Path directory(String jobId, long checkpointId, CheckpointKind kind) {
        String job = StateFileNames.encode(jobId);
        return kind == CheckpointKind.SAVEPOINT
                ? dataDir.resolve(SAVEPOINTS).resolve(job + "-" + checkpointId)
                : dataDir.resolve(CHECKPOINTS).resolve(job).resolve(Long.toString(checkpointId));
    }

    /** The absolute directory {@link #commit} records the checkpoint at. */
    @Override
    public String locationOf(String jobId, long checkpointId, CheckpointKind kind) {
        return directory(jobId, checkpointId, kind).toString();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IOException if the checkpoint is aborted before or while the file is written; then no file of this
     *     write is left behind
     */
    @Override
    public StateFile write(String jobId, long checkpointId, CheckpointKind kind, int subtask, int firstKeyGroup,
            int lastKeyGroup, StateTable table, StateFile.Content content, Iterable<Row> rows) throws IOException {
        if (content == StateFile.Content.DELTA && kind == CheckpointKind.SAVEPOINT) {
            throw new IllegalArgumentException("savepoint " + checkpointId + " of job " + jobId
                    + " must be self-contained, but a delta of " + table.name() + " was written for it");
        }
        if (!writes.started(jobId, checkpointId, kind)) {
            throw abortedWhileWriting(jobId, checkpointId, kind, table, subtask);
        }
        CheckpointWrites.Outcome outcome;
        StateFile written = null;
        Exception failure = null;
        try {
            written = writeFile(jobId, checkpointId, kind, subtask, firstKeyGroup, lastKeyGroup, table, content,
                    rows);
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            // Also after an Error, so the count of writes in progress stays right.
            outcome = writes.ended(jobId, checkpointId, kind);
        }
        if (outcome == CheckpointWrites.Outcome.ABORTED_REMOVE) {
            removeDirectory(jobId, checkpointId, kind);
        }
        if (outcome != CheckpointWrites.Outcome.KEPT) {
            // Whatever the write did, its file goes with the checkpoint's directory.
            IOException aborted = abortedWhileWriting(jobId, checkpointId, kind, table, subtask);
            if (failure != null) {
                aborted.addSuppressed(failure);
            }
            throw aborted;
        }
        if (failure instanceof IOException) {
            throw (IOException) failure;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        return written;
    }

    private static IOException abortedWhileWriting(String jobId, long checkpointId, CheckpointKind kind,
            StateTable table, int subtask) {
        return new IOException((kind == CheckpointKind.SAVEPOINT ? "savepoint " : "checkpoint ") + checkpointId
                + " of job " + jobId + " was aborted: state '" + table.name() + "' of operator '"
                + table.operatorUid() + "', subtask " + subtask + ", is not kept");
    }

    private StateFile writeFile(String jobId, long checkpointId, CheckpointKind kind, int subtask, int firstKeyGroup,
            int lastKeyGroup, StateTable table, StateFile.Content content, Iterable<Row> rows) throws IOException {
        String relative = StateFileNames.relativePath(table, content, subtask, firstKeyGroup, lastKeyGroup);
        Path file = directory(jobId, checkpointId, kind).resolve(relative);
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("." + file.getFileName() + ".inprogress");
        Files.deleteIfExists(temporary);
        ParquetRowWriter.WrittenFile written;
        try {
            written = ParquetRowWriter.write(temporary,
                    content == StateFile.Content.DELTA ? table.deltaSchema() : table.schema(),
                    footer(jobId, checkpointId, table, content, subtask, firstKeyGroup, lastKeyGroup), rows);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new StateFile(table, subtask, firstKeyGroup, lastKeyGroup, content, checkpointId, relative,
                written.sizeBytes(),
                written.rowCount(), checksum(written.crc32c()));
    }

    private static Map<String, String> footer(String jobId, long checkpointId, StateTable table,
            StateFile.Content content, int subtask, int firstKeyGroup, int lastKeyGroup) {
        return Map.of("weir.job_id", jobId,
                "weir.content", content.name(),
                "weir.checkpoint_id", Long.toString(checkpointId),
                "weir.operator_uid", table.operatorUid(),
                "weir.state_name", table.name(),
                "weir.state_kind", table.kind().name(),
                "weir.subtask", Integer.toString(subtask),
                "weir.key_groups", firstKeyGroup + "-" + lastKeyGroup,
                "weir.schema", SchemaText.format(table.schema()));
    }

    /**
     * Records the checkpoint at this storage's directory for its job, id and kind (the location the caller gives is
     * replaced by that directory), after checking that every file is there with its size. A savepoint's directory
     * gets its description file first, so it can be restored wherever it is moved.
     */
    @Override
    public void commit(CompletedCheckpoint checkpoint) throws IOException {
        commit(checkpoint, CheckpointFigures.NONE);
    }

    /** {@inheritDoc} The figures go into the same transaction as the checkpoint's row. */
    @Override
    public void commit(CompletedCheckpoint checkpoint, CheckpointFigures figures) throws IOException {
        Path directory = directory(checkpoint.jobId(), checkpoint.checkpointId(), checkpoint.kind());
        for (StateFile file : checkpoint.files()) {
            Path path = directoryOf(directory, checkpoint.checkpointId(), file.checkpointId()).resolve(file.path());
            long size;
            try {
                size = Files.size(path);
            } catch (NoSuchFileException e) {
                throw new IOException("cannot commit checkpoint " + checkpoint.checkpointId() + " of job "
                        + checkpoint.jobId() + ": state file " + path + " is missing", e);
            }
            if (size != file.sizeBytes()) {
                throw new IOException("cannot commit checkpoint " + checkpoint.checkpointId() + " of job "
                        + checkpoint.jobId() + ": state file " + path + " has " + size + " bytes, not "
                        + file.sizeBytes());
            }
        }
        CompletedCheckpoint located = new CompletedCheckpoint(checkpoint.jobId(), checkpoint.checkpointId(),
                checkpoint.kind(), checkpoint.mode(), checkpoint.maxParallelism(), directory.toString(),
                checkpoint.triggeredAt(), checkpoint.completedAt(), checkpoint.files());
        if (checkpoint.kind() == CheckpointKind.SAVEPOINT) {
            // Before the commit point: if the insert fails, the abort removes the directory with it.
            SavepointDescription.write(directory, located);
        }
        records.insert(located, figures);
    }

    /**
     * {@inheritDoc} Final: a write for the checkpoint that starts after this is refused, and one in progress removes
     * the checkpoint's directory when it ends (this call does not wait for it).
     */
    @Override
    public void abort(String jobId, long checkpointId, CheckpointKind kind) {
        if (writes.abort(jobId, checkpointId, kind)) {
            removeDirectory(jobId, checkpointId, kind);
        }
    }

    private void removeDirectory(String jobId, long checkpointId, CheckpointKind kind) {
        Path directory = directory(jobId, checkpointId, kind);
        try {
            DirectoryTrees.delete(directory);
        } catch (IOException | RuntimeException e) {
            LOG.warn("checkpoint directory not removed job={} id={} path={} error={}", jobId, checkpointId, directory,
                    e.toString());
        }
    }

    @Override
    public void retain(String jobId, int numRetained) throws IOException {
        List<CompletedCheckpoint> checkpoints = new ArrayList<>();
        for (CompletedCheckpoint checkpoint : records.list(jobId)) {
            if (checkpoint.kind() == CheckpointKind.CHECKPOINT) {
                checkpoints.add(checkpoint);
            }
        }
        int excess = checkpoints.size() - numRetained;
        if (excess <= 0) {
            return;
        }
        List<CompletedCheckpoint> removed = checkpoints.subList(0, excess);
        List<Long> ids = new ArrayList<>(excess);
        for (CompletedCheckpoint checkpoint : removed) {
            ids.add(checkpoint.checkpointId());
        }
        // What the retained checkpoints still list, by the checkpoint that wrote it: the bases of their deltas.
        Map<Long, Set<String>> listed = new HashMap<>();
        for (CompletedCheckpoint checkpoint : checkpoints.subList(excess, checkpoints.size())) {
            listed.computeIfAbsent(checkpoint.checkpointId(), id -> new HashSet<>());
            for (StateFile file : checkpoint.files()) {
                listed.computeIfAbsent(file.checkpointId(), id -> new HashSet<>()).add(file.path());
            }
        }
        // Rows first: a crash between the two leaves unreferenced directories, which the next open removes.
        records.delete(jobId, ids);
        Map<Path, List<String>> unlisted = new LinkedHashMap<>();
        Set<Path> whollyUnlisted = new LinkedHashSet<>();
        for (CompletedCheckpoint checkpoint : removed) {
            Path directory = Path.of(checkpoint.location());
            for (StateFile file : checkpoint.files()) {
                Path holder = directoryOf(directory, checkpoint.checkpointId(), file.checkpointId());
                Set<String> stillListed = listed.get(file.checkpointId());
                if (stillListed == null) {
                    whollyUnlisted.add(holder);
                } else if (!stillListed.contains(file.path())) {
                    unlisted.computeIfAbsent(holder, d -> new ArrayList<>()).add(file.path());
                }
            }
            if (!listed.containsKey(checkpoint.checkpointId())) {
                whollyUnlisted.add(directory);
            }
        }
        for (Path directory : whollyUnlisted) {
            DirectoryTrees.delete(directory);
        }
        for (Map.Entry<Path, List<String>> files : unlisted.entrySet()) {
            for (String file : files.getValue()) {
                Files.deleteIfExists(files.getKey().resolve(file));
            }
        }
    }

    /**
     * The directory of the files that checkpoint {@code checkpointId}, at {@code directory}, lists as written by
     * checkpoint {@code writtenBy}: its own, or that of an earlier checkpoint of the job, a sibling.
     */
    static Path directoryOf(Path directory, long checkpointId, long writtenBy) {
        return writtenBy == checkpointId ? directory : directory.resolveSibling(Long.toString(writtenBy));
    }

    @Override
    public Optional<CompletedCheckpoint> latest(String jobId) {
        return records.latest(jobId);
    }

    /**
     * The checkpoint or savepoint the metadata database records at {@code location}, else the savepoint that the
     * description file in that directory describes (one copied or moved there, perhaps from another data directory).
     *
     * @throws IOException if the description file cannot be read
     */
    @Override
    public CompletedCheckpoint load(String location) throws IOException {
        Path directory = Path.of(location).toAbsolutePath().normalize();
        Optional<CompletedCheckpoint> recorded = records.findByLocation(directory);
        if (recorded.isPresent()) {
            return recorded.get();
        }
        if (SavepointDescription.existsIn(directory)) {
            return SavepointDescription.read(directory);
        }
        throw StoreErrors.noCheckpointAt(location);
    }

    @Override
    public void read(CompletedCheckpoint checkpoint, StateFile file, Consumer<Row> rows) throws IOException {
        Path path = directoryOf(Path.of(checkpoint.location()), checkpoint.checkpointId(), file.checkpointId())
                .resolve(file.path());
        verify(checkpoint, file, path);
        try {
            ParquetRowReader.read(path, file.fileSchema(), rows);
        } catch (IOException | RuntimeException e) {
            // The bytes are those committed, so this is a file Weir cannot read back: say so as for corruption.
            throw StoreErrors.stateFileUnreadable(path, checkpoint, earlier(checkpoint), e);
        }
    }

    private void verify(CompletedCheckpoint checkpoint, StateFile file, Path path) throws IOException {
        CRC32C crc = new CRC32C();
        long size = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
                size += n;
            }
        } catch (NoSuchFileException e) {
            throw StoreErrors.stateFileMissing(path, checkpoint, earlier(checkpoint));
        }
        String actual = checksum(crc.getValue());
        if (size != file.sizeBytes() || !actual.equals(file.checksum())) {
            throw StoreErrors.stateFileCorrupt(path, checkpoint, actual, size, file, earlier(checkpoint));
        }
    }

    private Optional<CompletedCheckpoint> earlier(CompletedCheckpoint checkpoint) {
        try {
            return records.latestBefore(checkpoint.jobId(), checkpoint.checkpointId());
        } catch (RuntimeException e) {
            LOG.warn("no earlier checkpoint found job={} id={} error={}", checkpoint.jobId(),
                    checkpoint.checkpointId(), e.toString());
            return Optional.empty();
        }
    }

    private void removeUncommittedSavepoints(Set<Path> committed) {
        Path root = dataDir.resolve(SAVEPOINTS);
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            for (Path directory : DirectoryTrees.children(root)) {
                if (!committed.contains(directory) && !SavepointDescription.existsIn(directory)) {
                    LOG.info("uncommitted savepoint removed path={}", directory);
                    DirectoryTrees.delete(directory);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("uncommitted savepoints not removed path={} error={}", root, e.toString());
        }
    }

    static String checksum(long crc32c) {
        return CHECKSUM_PREFIX + String.format("%08x", crc32c);
    }

    /**
     * Removes every checkpoint directory under {@code checkpoints/} that no committed checkpoint references, and every
     * directory under {@code savepoints/} that is neither committed nor described (a savepoint copied in from
     * elsewhere has its description file, and stays).
     */
    private void removeUncommitted() {
        Set<Path> committed = new HashSet<>(records.locations());
        removeUncommittedSavepoints(committed);
        Path root = dataDir.resolve(CHECKPOINTS);
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            for (Path jobDirectory : DirectoryTrees.children(root)) {
                for (Path checkpointDirectory : DirectoryTrees.children(jobDirectory)) {
                    if (!committed.contains(checkpointDirectory)) {
                        LOG.info("uncommitted checkpoint removed path={}", checkpointDirectory);
                        DirectoryTrees.delete(checkpointDirectory);
                    }
                }
                if (DirectoryTrees.children(jobDirectory).isEmpty()) {
                    Files.deleteIfExists(jobDirectory);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("uncommitted checkpoints not removed path={} error={}", root, e.toString());
        }
    }
}
