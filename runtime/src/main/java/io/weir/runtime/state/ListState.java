package io.weir.runtime.state;

import io.weir.runtime.row.Row;
import java.util.List;

/**
 * A list of rows per key, in insertion order, scoped to the current key. Made by
 * {@link io.weir.runtime.operator.OperatorContext#listState}.
 */
public interface ListState {
    /** Appends {@code value}, which becomes the state's own (the caller must not reuse it). */
    void add(Row value);

    /** The current key's rows (empty if none); the rows are the state's own. */
    Iterable<Row> get();

    /** Replaces the current key's rows by {@code values}, which become the state's own; an empty list clears. */
    void update(List<Row> values);

    void clear();
}
