package io.weir.runtime.operator;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * Where an operator or source reader sends its changes: the next chained operator, or the channels to the next task.
 * The row belongs to the caller and may be reused as soon as {@code emit} returns: a callee that keeps it copies it.
 */
public interface Output {
    void emit(ChangeKind kind, Row row);

    /** Forwards an event-time watermark (milliseconds); {@code Long.MAX_VALUE} marks the end of the input. */
    default void watermark(long watermark) {
    }
}
