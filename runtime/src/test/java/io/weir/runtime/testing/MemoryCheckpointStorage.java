package io.weir.runtime.testing;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * A {@link CheckpointStorage} in memory, for runtime tests that need no checkpoint store: it keeps copies of the rows
 * written, commits by recording the checkpoint, and removes what {@code abort} and {@code retain} remove, so tests
 * can check that nothing is left behind. A test can make writes of a checkpoint fail. Thread-safe.
 */
public final class MemoryCheckpointStorage implements CheckpointStorage {
    /** The files written for one checkpoint of one job, by path. */
    private final Map<String, Map<String, StoredFile>> written = new HashMap<>();
    private final Map<String, List<CompletedCheckpoint>> committed = new HashMap<>();
    private final Map<String, List<Long>> aborted = new HashMap<>();
    private final Map<String, Long> failingWrites = new HashMap<>();

    private record StoredFile(StateFile file, List<Row> rows) {
    }

    @Override
    public synchronized StateFile write(String jobId, long checkpointId, CheckpointKind kind, int subtask,
            int firstKeyGroup, int lastKeyGroup, StateTable table, StateFile.Content content, Iterable<Row> rows)
            throws IOException {
        Long failing = failingWrites.get(jobId);
        if (failing != null && failing == checkpointId) {
            throw new IOException("writes of checkpoint " + checkpointId + " of job " + jobId + " fail in this test");
        }
        List<Row> copies = new ArrayList<>();
        CRC32C crc = new CRC32C();
        long size = 0;
        for (Row row : rows) {
            copies.add(row.copy());
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            crc.update(bytes);
            size += bytes.length;
        }
        String path = table.operatorUid() + "/" + table.name() + "/" + subtask + "-" + firstKeyGroup + "-"
                + lastKeyGroup + (content == StateFile.Content.DELTA ? "-delta" : "");
        StateFile file = new StateFile(table, subtask, firstKeyGroup, lastKeyGroup, content, checkpointId, path, size,
                copies.size(),
                "crc32c:" + Long.toHexString(crc.getValue()));
        written.computeIfAbsent(key(jobId, checkpointId, kind), k -> new LinkedHashMap<>())
                .put(path, new StoredFile(file, List.copyOf(copies)));
        return file;
    }

    @Override
    public synchronized void commit(CompletedCheckpoint checkpoint) throws IOException {
        for (StateFile file : checkpoint.files()) {
            if (!written.getOrDefault(fileKey(checkpoint, file), Map.of()).containsKey(file.path())) {
                throw new IOException("checkpoint " + checkpoint.checkpointId() + " names file " + file.path()
                        + " that was not written");
            }
        }
        committed.computeIfAbsent(checkpoint.jobId(), k -> new ArrayList<>()).add(checkpoint);
    }

    @Override
    public synchronized void abort(String jobId, long checkpointId, CheckpointKind kind) {
        written.remove(key(jobId, checkpointId, kind));
        aborted.computeIfAbsent(jobId, k -> new ArrayList<>()).add(checkpointId);
    }

    @Override
    public synchronized void retain(String jobId, int numRetained) {
        List<CompletedCheckpoint> checkpoints = committed.getOrDefault(jobId, new ArrayList<>());
        checkpoints.sort(Comparator.comparingLong(CompletedCheckpoint::checkpointId));
        List<CompletedCheckpoint> regular = new ArrayList<>();
        for (CompletedCheckpoint checkpoint : checkpoints) {
            if (checkpoint.kind() == CheckpointKind.CHECKPOINT) {
                regular.add(checkpoint);
            }
        }
        for (int i = 0; i < regular.size() - numRetained; i++) {
            checkpoints.remove(regular.get(i));
        }
        // A removed checkpoint's files stay while a retained checkpoint lists them (the base of its deltas).
        Set<Long> referenced = new HashSet<>();
        long newest = 0;
        for (CompletedCheckpoint checkpoint : checkpoints) {
            if (checkpoint.kind() == CheckpointKind.CHECKPOINT) {
                newest = Math.max(newest, checkpoint.checkpointId());
                referenced.add(checkpoint.checkpointId());
                for (StateFile file : checkpoint.files()) {
                    referenced.add(file.checkpointId());
                }
            }
        }
        for (long id : checkpointsWithFiles(jobId)) {
            if (id < newest && !referenced.contains(id)) {
                written.remove(key(jobId, id, CheckpointKind.CHECKPOINT));
            }
        }
    }

    /** Where a file of {@code checkpoint} was written: its own, or an earlier checkpoint of the job. */
    private static String fileKey(CompletedCheckpoint checkpoint, StateFile file) {
        CheckpointKind kind = file.checkpointId() == checkpoint.checkpointId() ? checkpoint.kind()
                : CheckpointKind.CHECKPOINT;
        return key(checkpoint.jobId(), file.checkpointId(), kind);
    }

    @Override
    public synchronized Optional<CompletedCheckpoint> latest(String jobId) {
        return committed.getOrDefault(jobId, List.of()).stream()
                .max(Comparator.comparingLong(CompletedCheckpoint::checkpointId));
    }

    @Override
    public synchronized CompletedCheckpoint load(String location) {
        for (List<CompletedCheckpoint> checkpoints : committed.values()) {
            for (CompletedCheckpoint checkpoint : checkpoints) {
                if (checkpoint.location().equals(location)) {
                    return checkpoint;
                }
            }
        }
        throw new WeirException(ErrorCode.UNKNOWN_OBJECT, "No checkpoint at '" + location + "'");
    }

    @Override
    public void read(CompletedCheckpoint checkpoint, StateFile file, Consumer<Row> rows) {
        List<Row> stored;
        synchronized (this) {
            StoredFile found = written.getOrDefault(fileKey(checkpoint, file), Map.of()).get(file.path());
            if (found == null || !found.file().checksum().equals(file.checksum())) {
                throw new WeirException(ErrorCode.IO_ERROR, "State file '" + file.path() + "' of checkpoint "
                        + checkpoint.checkpointId() + " is missing or corrupt");
            }
            stored = found.rows();
        }
        for (Row row : stored) {
            rows.accept(row.copy());
        }
    }

    /** Makes every write of checkpoint {@code checkpointId} of {@code jobId} throw an {@link IOException}. */
    public synchronized void failWritesOf(String jobId, long checkpointId) {
        failingWrites.put(jobId, checkpointId);
    }

    /** The committed checkpoints of {@code jobId} still retained, oldest first. */
    public synchronized List<CompletedCheckpoint> committed(String jobId) {
        List<CompletedCheckpoint> checkpoints = new ArrayList<>(committed.getOrDefault(jobId, List.of()));
        checkpoints.sort(Comparator.comparingLong(CompletedCheckpoint::checkpointId));
        return checkpoints;
    }

    /** The ids {@code abort} was called with for {@code jobId}, in call order. */
    public synchronized List<Long> aborted(String jobId) {
        return List.copyOf(aborted.getOrDefault(jobId, List.of()));
    }

    /** The ids of the checkpoints of {@code jobId} that have files written and not removed, committed or not. */
    public synchronized List<Long> checkpointsWithFiles(String jobId) {
        List<Long> ids = new ArrayList<>();
        String prefix = jobId + "/";
        for (String key : written.keySet()) {
            if (key.startsWith(prefix)) {
                ids.add(Long.parseLong(key.substring(key.lastIndexOf('/') + 1)));
            }
        }
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /** The paths ({@code <uid>/<table>/<subtask>-<first>-<last>}) of the files written so far for a checkpoint. */
    public synchronized List<String> pathsWritten(String jobId, long checkpointId) {
        return List.copyOf(written.getOrDefault(key(jobId, checkpointId, CheckpointKind.CHECKPOINT), Map.of())
                .keySet());
    }

    /** Every row of the files of {@code checkpoint} of operator {@code uid} whose table is named {@code tableName}. */
    public List<Row> rowsOf(CompletedCheckpoint checkpoint, String uid, String tableName) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (StateFile file : checkpoint.files()) {
            if (file.table().operatorUid().equals(uid) && file.table().name().equals(tableName)) {
                rows.addAll(readAll(checkpoint, file));
            }
        }
        return rows;
    }

    /** Every row of the files of {@code checkpoint} whose table is named {@code tableName}. */
    public List<Row> rowsOf(CompletedCheckpoint checkpoint, String tableName) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (StateFile file : checkpoint.files()) {
            if (file.table().name().equals(tableName)) {
                rows.addAll(readAll(checkpoint, file));
            }
        }
        return rows;
    }

    private static String key(String jobId, long checkpointId, CheckpointKind kind) {
        return jobId + "/" + kind + "/" + checkpointId;
    }
}
