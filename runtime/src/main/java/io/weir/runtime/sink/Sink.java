package io.weir.runtime.sink;

import io.weir.runtime.type.RowType;

/** A table's output: a factory of one {@link SinkWriter} per subtask. */
public interface Sink {
    SinkWriter createWriter(SinkContext context);

    /** Whether the sink accepts {@code -U}, {@code +U} and {@code -D} changes, not only inserts. */
    default boolean acceptsUpdates() {
        return false;
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
