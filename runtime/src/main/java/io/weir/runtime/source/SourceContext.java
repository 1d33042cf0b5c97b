package io.weir.runtime.source;

import io.weir.runtime.row.Row;
import java.util.List;

/**
 * What a source reader knows of the subtask it reads for.
 *
 * @param restoredPositions when the job restores from a checkpoint, the positions every reader of the source
 *     recorded in it (rows of {@link Source#positionType()}, one per split); the reader resumes the splits it owns
 *     from them. Empty on a fresh start.
 */
public record SourceContext(String jobId, int subtaskIndex, int parallelism, List<Row> restoredPositions) {
    public SourceContext {
        if (subtaskIndex < 0 || subtaskIndex >= parallelism) {
            throw new IllegalArgumentException("subtask " + subtaskIndex + " of " + parallelism);
        }
        restoredPositions = List.copyOf(restoredPositions);
    }

    /** The context of a fresh start. */
    public SourceContext(String jobId, int subtaskIndex, int parallelism) {
        this(jobId, subtaskIndex, parallelism, List.of());
    }

    public boolean isRestored() {
        return !restoredPositions.isEmpty();
    }
}
