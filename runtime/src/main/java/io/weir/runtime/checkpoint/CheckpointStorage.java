package io.weir.runtime.checkpoint;

import io.weir.runtime.row.Row;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where checkpoints are kept: the state files and the record that commits them. The runtime's coordinator and tasks
 * call it; the {@code checkpoint-store} module implements it on Parquet files and the H2 metadata database.
 *
 * <p>Protocol for checkpoint {@code n} of a job: each subtask, after its synchronous copy of state, calls
 * {@link #write} once per state table from a background thread (calls for different subtasks run concurrently);
 * when every subtask has acknowledged, the coordinator calls {@link #commit} once — after it returns the checkpoint
 * exists, before it the checkpoint does not. A checkpoint that fails or times out is {@link #abort}ed, which removes
 * every file written for it. After a commit the coordinator calls {@link #retain} to remove older checkpoints beyond
 * the number to keep. Savepoints are never removed by {@code retain}.
 *
 * <p>Incremental checkpoints: a checkpoint may list files written by earlier checkpoints of its job (see
 * {@link StateFile}: each file names the checkpoint that wrote it, in whose directory it stays). {@link #commit}
 * records every listed file, wherever it lives; {@link #retain} removes a file only once no retained checkpoint lists
 * it, so the full file of a chain lives as long as any checkpoint that builds on it; {@link #abort} removes only the
 * files written for the aborted checkpoint. {@link #read} finds a file in the directory of the checkpoint that wrote
 * it. A savepoint lists only full files of its own, so it stays self-contained and relocatable.
 *
 * <p>Threading: every method may be called from any thread, concurrently.
 */
public interface CheckpointStorage {
    /**
     * Writes the rows of one state table of one subtask into checkpoint {@code checkpointId} of {@code jobId} and
     * returns the file's description (whose {@link StateFile#checkpointId()} is {@code checkpointId}). The rows are
     * read once, in order; they may be reused by the iterator. A {@link StateFile.Content#DELTA delta}'s rows have
     * the columns of {@link StateTable#deltaSchema()}, a full file's those of {@link StateTable#schema()}; a delta
     * must not have the same path as the full file of its table and subtask, since a checkpoint lists both.
     */
    StateFile write(String jobId, long checkpointId, CheckpointKind kind, int subtask, int firstKeyGroup,
            int lastKeyGroup, StateTable table, StateFile.Content content, Iterable<Row> rows) throws IOException;

    /**
     * Where checkpoint {@code checkpointId} of {@code jobId} is kept, as {@link CompletedCheckpoint#location()} names
     * it; the coordinator asks before it commits. The default is the data directory's layout,
     * {@code checkpoints/<job>/<n>} (or {@code savepoints/<job>/<n>}).
     */
    default String locationOf(String jobId, long checkpointId, CheckpointKind kind) {
        return (kind == CheckpointKind.SAVEPOINT ? "savepoints/" : "checkpoints/") + jobId + "/" + checkpointId;
    }

    /** Makes {@code checkpoint} durable and visible, atomically. */
    void commit(CompletedCheckpoint checkpoint) throws IOException;

    /**
     * Makes {@code checkpoint} durable and visible, atomically, with what it cost recorded in the same step; the
     * coordinator calls this one. The default drops the figures.
     */
    default void commit(CompletedCheckpoint checkpoint, CheckpointFigures figures) throws IOException {
        commit(checkpoint);
    }

    /** Removes whatever was written for a checkpoint that will never be committed. Never fails: logs instead. */
    void abort(String jobId, long checkpointId, CheckpointKind kind);

    /** Removes the committed checkpoints (not savepoints) of {@code jobId} except the newest {@code numRetained}. */
    void retain(String jobId, int numRetained) throws IOException;

    /** The newest committed checkpoint or savepoint of {@code jobId}. */
    Optional<CompletedCheckpoint> latest(String jobId) throws IOException;

    /**
     * The committed checkpoint or savepoint at {@code location} (as {@link CompletedCheckpoint#location()} names
     * it, e.g. a checkpoint's directory).
     *
     * @throws io.weir.runtime.WeirException if there is none there
     */
    CompletedCheckpoint load(String location) throws IOException;

    /**
     * Reads every row of {@code file} of {@code checkpoint} (the file may live in the directory of an earlier
     * checkpoint of the job, see {@link StateFile}), with the columns of {@link StateFile#fileSchema()}, verifying its
     * checksum first.
     *
     * @throws io.weir.runtime.WeirException naming the file and the checkpoint if it is missing or corrupt
     */
    void read(CompletedCheckpoint checkpoint, StateFile file, Consumer<Row> rows) throws IOException;

    /** Every row of {@code file}; see {@link #read(CompletedCheckpoint, StateFile, Consumer)}. */
    default List<Row> readAll(CompletedCheckpoint checkpoint, StateFile file) throws IOException {
        List<Row> all = new java.util.ArrayList<>();
        read(checkpoint, file, row -> all.add(row.copy()));
        return all;
    }
}
