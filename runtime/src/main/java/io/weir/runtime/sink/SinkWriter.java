package io.weir.runtime.sink;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

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

    /** The input ended: flush and make everything written visible. */
    default void finish() throws Exception {
    }

    @Override
    default void close() throws Exception {
    }
}
