package io.weir.runtime.sink;

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

    default String describe() {
        return getClass().getSimpleName();
    }
}
