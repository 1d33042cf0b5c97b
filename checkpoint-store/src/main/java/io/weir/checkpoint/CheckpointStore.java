package io.weir.checkpoint;

import io.weir.runtime.checkpoint.CheckpointFigures;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The committed checkpoints and savepoints of a data directory and their state files, as the metadata database
 * records them (tables {@code checkpoints} and {@code state_files}). A checkpoint's location is its directory's
 * absolute path; the database keeps it relative to the data directory. Each method is one transaction. Safe to call
 * from several threads.
 */
public interface CheckpointStore {
    /**
     * Records a checkpoint and every one of its files in one transaction: the checkpoint's commit point.
     *
     * @throws io.weir.runtime.WeirException with {@code IO_ERROR} if the database refuses it (for instance a
     *     checkpoint of that job and id exists), in which case nothing of it is recorded
     */
    default void insert(CompletedCheckpoint checkpoint) {
        insert(checkpoint, CheckpointFigures.NONE);
    }

    /** Records a checkpoint as {@link #insert(CompletedCheckpoint)} does, with what it cost, in the same transaction. */
    void insert(CompletedCheckpoint checkpoint, CheckpointFigures figures);

    /** Removes the records of the given checkpoints of a job and of their files, in one transaction. */
    void delete(String jobId, List<Long> checkpointIds);

    /** The committed checkpoints and savepoints of a job with their files, oldest first. */
    List<CompletedCheckpoint> list(String jobId);

    /** Every committed savepoint of every job with its files, oldest first. */
    List<CompletedCheckpoint> savepoints();

    /** The newest committed checkpoint or savepoint of a job, with its files. */
    Optional<CompletedCheckpoint> latest(String jobId);

    /** The newest committed checkpoint or savepoint of a job older than {@code checkpointId}, with its files. */
    Optional<CompletedCheckpoint> latestBefore(String jobId, long checkpointId);

    /** The committed checkpoint or savepoint whose directory is {@code directory} (absolute), with its files. */
    Optional<CompletedCheckpoint> findByLocation(Path directory);

    /**
     * The directories (absolute) of every committed checkpoint and savepoint of every job, and of every earlier
     * checkpoint whose files (the bases of incremental checkpoints' deltas) a committed checkpoint lists.
     */
    List<Path> locations();
}
