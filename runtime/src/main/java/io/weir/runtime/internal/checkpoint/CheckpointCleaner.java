package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes what no committed checkpoint references: the files of aborted checkpoints, and the committed checkpoints
 * beyond the number to retain.
 */
final class CheckpointCleaner {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointCleaner.class);

    private final String jobId;
    private final int numRetained;
    private final CheckpointStorage storage;

    CheckpointCleaner(String jobId, int numRetained, CheckpointStorage storage) {
        this.jobId = jobId;
        this.numRetained = numRetained;
        this.storage = storage;
    }

    /** Removes the files of a checkpoint or savepoint that will never be committed. */
    void aborted(long checkpointId, CheckpointKind kind) {
        storage.abort(jobId, checkpointId, kind);
    }

    /** Removes the committed checkpoints older than the retained ones; a failure only leaves them for next time. */
    void committed() {
        try {
            storage.retain(jobId, numRetained);
        } catch (Exception e) {
            LOG.warn("removing old checkpoints failed job={} numRetained={}", jobId, numRetained, e);
        }
    }
}
