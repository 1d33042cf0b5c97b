package io.weir.runtime.sink;

/** What a sink writer knows of the subtask it writes for. */
public record SinkContext(String jobId, int subtaskIndex, int parallelism) {
    public SinkContext {
        if (subtaskIndex < 0 || subtaskIndex >= parallelism) {
            throw new IllegalArgumentException("subtask " + subtaskIndex + " of " + parallelism);
        }
    }
}
