package io.weir.planner.catalog;

import io.weir.runtime.source.Source;
import io.weir.runtime.type.RowType;
import java.util.List;

/**
 * A read-only table of the {@code weir_system} schema, or the result of a system table function: its columns, known
 * when a query is validated, and a bounded source that reads its rows when the query's job starts.
 */
public interface SystemTable {
    /** The name queries and plans show, e.g. {@code checkpoints}. */
    String name();

    RowType columns();

    /** A bounded source of the columns at {@code projection} (indexes into {@link #columns()}), in that order. */
    Source source(List<Integer> projection);
}
