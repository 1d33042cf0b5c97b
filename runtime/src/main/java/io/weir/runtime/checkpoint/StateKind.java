package io.weir.runtime.checkpoint;

/** What the rows of a {@link StateTable} are. */
public enum StateKind {
    /** A keyed value state: key group, key columns, value columns. */
    VALUE,
    /** A keyed map state: key group, key columns, map-key columns, value columns. */
    MAP,
    /** A keyed list state: key group, key columns, the element's index in the list, element columns. */
    LIST,
    /** The event-time timers of a keyed operator: key group, key columns, timestamp. */
    EVENT_TIME_TIMERS,
    /** The processing-time timers of a keyed operator: key group, key columns, timestamp. */
    PROCESSING_TIME_TIMERS,
    /** A source subtask's positions: one row per split it reads, of the source's position type. */
    SOURCE_POSITIONS,
    /** A sink subtask's prepared but not yet committed output, of the sink's pending-commit type. */
    SINK_PENDING_COMMITS,
    /** Rows that were in flight in a task's input channels when an unaligned barrier overtook them. */
    IN_FLIGHT
}
