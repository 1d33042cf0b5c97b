package io.weir.runtime.internal.task;

import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.state.MapState;
import io.weir.runtime.state.TimerService;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.type.RowType;

/**
 * The context of one operator instance: its task's identity, its own heap state and timers, and its counters named
 * {@code <metricPrefix><counter>}. Public so that test harnesses of other modules run operators on the real backend.
 */
public final class ChainedOperatorContext implements OperatorContext {
    private final String jobId;
    private final String taskName;
    private final int subtaskIndex;
    private final int parallelism;
    private final KeyedStateBackend state;
    private final HeapTimerService timers;
    private final JobMetrics metrics;
    private final String metricPrefix;

    /**
     * @param metricPrefix prepended to counter names, e.g. {@code <vertex>.<subtask>.<operator>.}
     */
    public ChainedOperatorContext(String jobId, String taskName, int subtaskIndex, int parallelism,
            KeyedStateBackend state, HeapTimerService timers, JobMetrics metrics, String metricPrefix) {
        this.jobId = jobId;
        this.taskName = taskName;
        this.subtaskIndex = subtaskIndex;
        this.parallelism = parallelism;
        this.state = state;
        this.timers = timers;
        this.metrics = metrics;
        this.metricPrefix = metricPrefix;
    }

    /** The operator's state backend; for tests that watch its snapshots. */
    KeyedStateBackend stateBackend() {
        return state;
    }

    @Override
    public String jobId() {
        return jobId;
    }

    @Override
    public String taskName() {
        return taskName;
    }

    @Override
    public int subtaskIndex() {
        return subtaskIndex;
    }

    @Override
    public int parallelism() {
        return parallelism;
    }

    @Override
    public int maxParallelism() {
        return state.maxParallelism();
    }

    @Override
    public ValueState valueState(String name, RowType valueType) {
        return state.valueState(name, valueType);
    }

    @Override
    public MapState mapState(String name, RowType mapKeyType, RowType valueType) {
        return state.mapState(name, mapKeyType, valueType);
    }

    @Override
    public ListState listState(String name, RowType elementType) {
        return state.listState(name, elementType);
    }

    @Override
    public TimerService timers() {
        return timers;
    }

    @Override
    public Row currentKey() {
        return state.currentKey();
    }

    @Override
    public Counter counter(String name) {
        return metrics.counter(metricPrefix + name);
    }
}
