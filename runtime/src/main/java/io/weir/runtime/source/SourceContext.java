package io.weir.runtime.source;

/** What a source reader knows of the subtask it reads for. */
public record SourceContext(String jobId, int subtaskIndex, int parallelism) {
    public SourceContext {
        if (subtaskIndex < 0 || subtaskIndex >= parallelism) {
            throw new IllegalArgumentException("subtask " + subtaskIndex + " of " + parallelism);
        }
    }
}
