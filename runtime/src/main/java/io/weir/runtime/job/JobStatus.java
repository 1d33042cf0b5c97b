package io.weir.runtime.job;

/** Where a job is in its life; the last three are final. */
public enum JobStatus {
    CREATED,
    RUNNING,
    FINISHED,
    FAILED,
    CANCELED;

    public boolean isTerminal() {
        return this == FINISHED || this == FAILED || this == CANCELED;
    }
}
