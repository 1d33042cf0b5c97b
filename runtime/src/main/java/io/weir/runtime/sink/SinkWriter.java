package io.weir.runtime.sink;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import java.util.List;

/**
 * Writes one subtask's changes to the outside world.
 *
 * <p>Threading: called by its task's thread only. Call order: {@link #open}, {@link #write} for each change,
 * {@link #finish} once if the input ends, then {@link #close} in every case. The row may be reused after
 * {@code write} returns.
 */
public interface SinkWriter extends AutoCloseable {
    default void open() throws Exception {
    }

    void write(ChangeKind kind, Row row) throws Exception;

    /**
     * Barrier {@code checkpointId} reached the writer: everything written since the previous barrier becomes a
     * pending commit of that checkpoint, durable but not yet visible (two-phase commit, phase one). Returns rows of
     * {@link Sink#pendingCommitType()} that describe it, stored with the checkpoint.
     */
    default List<Row> prepareCommit(long checkpointId) throws Exception {
        return List.of();
    }

    /**
     * Checkpoint {@code checkpointId} was committed: make visible what was prepared for it and for any earlier
     * checkpoint (phase two). Idempotent.
     */
    default void commit(long checkpointId) throws Exception {
    }

    /** The input ended: flush and make everything written visible. */
    default void finish() throws Exception {
    }

    @Override
    default void close() throws Exception {
    }
}
