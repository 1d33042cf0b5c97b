package io.weir.runtime.sink;

import io.weir.runtime.row.Row;
import java.util.List;

/**
 * What a sink writer knows of the subtask it writes for.
 *
 * @param restoredPendingCommits when the job restores from checkpoint {@code n}, what the sink's writers prepared
 *     for {@code n} (rows of {@link Sink#pendingCommitType()}): the checkpoint is committed, so the writer that owns
 *     them commits them on open if that has not happened yet. Empty on a fresh start.
 */
public record SinkContext(String jobId, int subtaskIndex, int parallelism, List<Row> restoredPendingCommits) {
    public SinkContext {
        if (subtaskIndex < 0 || subtaskIndex >= parallelism) {
            throw new IllegalArgumentException("subtask " + subtaskIndex + " of " + parallelism);
        }
        restoredPendingCommits = List.copyOf(restoredPendingCommits);
    }

    /** The context of a fresh start. */
    public SinkContext(String jobId, int subtaskIndex, int parallelism) {
        this(jobId, subtaskIndex, parallelism, List.of());
    }
}
