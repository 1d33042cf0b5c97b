package io.weir.runtime.internal.fault;

/** A named place in the runtime where a test can make a failure happen. */
public enum FaultPoint {
    /** A task has processed at least the armed number of rows since it started (checked after each batch or poll). */
    RECORDS,
    /** A task is about to snapshot its state for the armed checkpoint id, its barrier having arrived. */
    BARRIER,
    /** A sink has prepared its output for the armed checkpoint id, before the task's snapshot is written. */
    SINK_PRE_COMMIT,
    /** The coordinator has committed the armed checkpoint id but has not told the tasks yet. */
    COMMITTED_NOT_NOTIFIED
}
