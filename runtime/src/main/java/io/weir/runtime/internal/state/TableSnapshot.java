package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A synchronous copy of the rows of one state table over a key-group range, taken at a barrier. The rows are the
 * snapshot's own: nothing the operator does afterwards changes them, so they may be written from another thread.
 *
 * @param rows rows of {@code table.schema()}, each with its key group, from {@code firstKeyGroup} to
 *     {@code lastKeyGroup}, in no particular order except that a list's elements keep theirs
 */
public record TableSnapshot(StateTable table, int firstKeyGroup, int lastKeyGroup, List<Row> rows) {
    public TableSnapshot {
        Objects.requireNonNull(table, "table");
        // Not List.copyOf: the list is made for this record, and copying millions of rows would lengthen the
        // synchronous part of a checkpoint.
        rows = Collections.unmodifiableList(Objects.requireNonNull(rows, "rows"));
        if (firstKeyGroup > lastKeyGroup) {
            throw new IllegalArgumentException("key groups " + firstKeyGroup + "-" + lastKeyGroup);
        }
    }
}
