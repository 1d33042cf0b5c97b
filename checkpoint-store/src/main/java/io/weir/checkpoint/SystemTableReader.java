package io.weir.checkpoint;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Optional;

/**
 * The metadata database as read-only tables: jobs, checkpoints, their operators' acknowledgements, state files,
 * savepoints and the catalog, with fixed SQL-typed columns (listed in docs/system-tables.md). Each read is one
 * consistent snapshot. Safe to call from several threads.
 */
public interface SystemTableReader {
    /** The tables' names, sorted. */
    List<String> names();

    /** The columns of the table of that name, matched case-insensitively. */
    Optional<RowType> columns(String name);

    /**
     * Every row of the table now, with the columns of {@link #columns}, in a stable order.
     *
     * @throws IllegalArgumentException if there is no table of that name
     */
    List<Row> read(String name);
}
