package io.weir.shell;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.util.List;

/**
 * Writes results to the command's standard output in one {@link OutputFormat}. A query's changes are printed as they
 * arrive: {@link #beginChanges}, then {@link #change} per change, then {@link #endChanges}; one query at a time.
 */
interface ResultPrinter {
    /** Prints what comes before a query's first change (a header). */
    void beginChanges(RowType columns);

    /** Prints one change and flushes, so a streaming query shows each change as it comes. */
    void change(ChangeKind kind, Row row);

    /** Prints what comes after a query's last change; {@code cancelled} when the user stopped the query. */
    void endChanges(long changeCount, boolean cancelled);

    /** Prints a finite table: the result of SHOW, DESCRIBE, SET or EXPLAIN. */
    void table(RowType columns, List<Row> rows);
}
