package io.weir.runtime.sink;

import io.weir.runtime.type.RowType;

/** A table's output: a factory of one {@link SinkWriter} per subtask. */
public interface Sink {
    SinkWriter createWriter(SinkContext context);

    /** The changes the sink takes: only inserts unless it says otherwise. */
    default AcceptedChanges acceptedChanges() {
        return AcceptedChanges.INSERTS_ONLY;
    }

    /** The most subtasks that can write it at once; 1 for a sink that must see every row in order. */
    default int maxParallelism() {
        return Integer.MAX_VALUE;
    }

    /**
     * The type of the rows that describe what a writer prepared for a checkpoint but has not yet made visible (e.g.
     * in-progress file names); {@code null} for a sink without two-phase commit, which gives at-least-once output
     * after a restore.
     */
    default RowType pendingCommitType() {
        return null;
    }

    default String describe() {
        return getClass().getSimpleName();
    }
}
