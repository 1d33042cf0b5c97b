package io.weir.runtime.internal.checkpoint;

/** Counts checkpoints that failed in a row and says when that is more than the job tolerates. */
final class FailurePolicy {
    private final int tolerable;
    private int consecutive;

    FailurePolicy(int tolerable) {
        this.tolerable = tolerable;
    }

    /** A checkpoint failed; returns whether the job must now fail. */
    boolean failed() {
        consecutive++;
        return consecutive > tolerable;
    }

    void succeeded() {
        consecutive = 0;
    }

    int consecutiveFailures() {
        return consecutive;
    }
}
