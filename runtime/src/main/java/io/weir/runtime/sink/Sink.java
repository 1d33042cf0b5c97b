package io.weir.runtime.sink;

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

    default String describe() {
        return getClass().getSimpleName();
    }
}
