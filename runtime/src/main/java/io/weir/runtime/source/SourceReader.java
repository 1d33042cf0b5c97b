package io.weir.runtime.source;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.Row;
import java.util.List;

/**
 * Reads one subtask's share of a source.
 *
 * <p>Threading: called by its task's thread only. Call order: {@link #open}, then {@link #pollNext}
 * until it returns {@link ReadStatus#END_OF_INPUT} or the job stops, then {@link #close} in every case.
 * Each {@code pollNext} emits at most a small batch (about a thousand rows) so the task stays responsive
 * to cancellation and, later, checkpoint barriers.
 */
public interface SourceReader extends AutoCloseable {
    default void open() throws Exception {
    }

    ReadStatus pollNext(Output out) throws Exception;

    /**
     * The reader's position now, between two {@link #pollNext} calls, as rows of {@link Source#positionType()}: one
     * per split it reads, each saying where reading that split resumes. Called by the task thread when a checkpoint
     * barrier is sent; the rows are copied before the next {@code pollNext}.
     */
    default List<Row> snapshotPositions() {
        return List.of();
    }

    @Override
    default void close() throws Exception {
    }
}
