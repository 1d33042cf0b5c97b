package io.weir.runtime.state;

import io.weir.runtime.row.Row;

/**
 * One row of state per key, scoped to the current key that the runtime sets before {@code process} and
 * {@code onTimer}. Made by {@link io.weir.runtime.operator.OperatorContext#valueState}.
 */
public interface ValueState {
    /**
     * The current key's row, or {@code null} if it has none. The row is the state's own: the operator may modify it
     * in place and pass it back to {@link #update}.
     */
    Row value();

    /**
     * Sets the current key's row. A row other than the one {@link #value()} returned becomes the state's own: the
     * caller must not reuse or modify it afterwards.
     */
    void update(Row value);

    /** Removes the current key's row. */
    void clear();
}
