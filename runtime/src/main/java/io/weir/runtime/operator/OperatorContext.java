package io.weir.runtime.operator;

import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.state.MapState;
import io.weir.runtime.state.TimerService;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.type.RowType;

/**
 * What an operator instance knows of where it runs, and its state, timers and metrics. State is made in
 * {@link Operator#open}; each name names one state of the operator (making it again returns the same state).
 */
public interface OperatorContext {
    String jobId();

    /** The name of the task thread, {@code weir-<job>-<vertex>-<subtask>}. */
    String taskName();

    int subtaskIndex();

    int parallelism();

    /** The number of key groups keyed state is partitioned into; the most subtasks a keyed vertex may have. */
    int maxParallelism();

    /**
     * A row of state per key.
     *
     * @throws IllegalStateException if the operator is not keyed
     */
    ValueState valueState(String name, RowType valueType);

    /**
     * A map of rows per key.
     *
     * @throws IllegalStateException if the operator is not keyed
     */
    MapState mapState(String name, RowType mapKeyType, RowType valueType);

    /**
     * A list of rows per key.
     *
     * @throws IllegalStateException if the operator is not keyed
     */
    ListState listState(String name, RowType elementType);

    /** The operator's timers; those of an unkeyed operator all belong to the one empty key. */
    TimerService timers();

    /**
     * The key of the row being processed or of the timer firing: the key fields as a row (of arity 0 for an unkeyed
     * operator). The row is reused for the next key: copy it to keep it.
     */
    Row currentKey();

    /** The operator's counter named {@code name}, made on first use, in {@link io.weir.runtime.job.Job#metrics()}. */
    Counter counter(String name);
}
