package io.weir.runtime.state;

import io.weir.runtime.row.Row;
import java.util.Map;

/**
 * A map of rows to rows per key, scoped to the current key; window-scoped state is a map keyed by the window's
 * bounds. Made by {@link io.weir.runtime.operator.OperatorContext#mapState}.
 */
public interface MapState {
    /** The row stored under {@code mapKey} for the current key, or {@code null}; it is the state's own row. */
    Row get(Row mapKey);

    /** Stores {@code value} under {@code mapKey}; both rows become the state's own (the caller must not reuse them). */
    void put(Row mapKey, Row value);

    void remove(Row mapKey);

    boolean contains(Row mapKey);

    /**
     * The current key's entries, in no particular order. The rows are the state's own; the map must not be changed
     * while iterating except through the iterator's {@code remove}.
     */
    Iterable<Map.Entry<Row, Row>> entries();

    boolean isEmpty();

    /** Removes every entry of the current key. */
    void clear();
}
