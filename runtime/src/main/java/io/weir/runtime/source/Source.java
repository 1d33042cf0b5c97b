package io.weir.runtime.source;

import io.weir.runtime.type.RowType;

/**
 * A table's input: a factory of one {@link SourceReader} per subtask. Subtask {@code i} of {@code n}
 * reads its own share of the splits (sequence ranges, files), so the readers together read each row once.
 */
public interface Source {
    /** Whether the input ends. A job whose sources are all bounded finishes when they are exhausted. */
    boolean isBounded();

    SourceReader createReader(SourceContext context);

    /**
     * The type of the rows in which a reader records its position at a checkpoint, one row per split (e.g.
     * {@code split INT, next_sequence BIGINT}); {@code null} if the source cannot resume from a position, which a
     * checkpointed job refuses.
     */
    default RowType positionType() {
        return null;
    }

    /** The most subtasks that can share this input; the planner caps the vertex's parallelism by it. */
    default int maxParallelism() {
        return Integer.MAX_VALUE;
    }

    /** A one-line description for EXPLAIN, e.g. the connector and what was pushed into it. */
    default String describe() {
        return getClass().getSimpleName();
    }
}
