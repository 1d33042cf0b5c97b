package io.weir.runtime.sink;

/**
 * The changes a {@link Sink} takes; the planner makes the query's last operators emit a changelog the sink can
 * apply, or rejects the query.
 *
 * <p>A sink that takes {@link #UPSERTS} may still receive {@code -U} changes: the planner falls back to a full
 * changelog where an upsert one would be wrong (the table's primary key is not the query's unique key, or a filter
 * after an aggregation could hide an update). Such a sink ignores {@code -U}, or applies it like the full changelog.
 */
public enum AcceptedChanges {
    /** Only {@code +I}: the planner rejects a query that produces updates. */
    INSERTS_ONLY,
    /** Every change: an update arrives as {@code -U} of the old row, then {@code +U} of the new one. */
    ALL_CHANGES,
    /** Inserts, updates and deletes by key: an update is only the {@code +U} of the new row, no {@code -U} before it. */
    UPSERTS;

    /** Whether the sink takes {@code +U} and {@code -D} at all. */
    public boolean takesUpdates() {
        return this != INSERTS_ONLY;
    }
}
