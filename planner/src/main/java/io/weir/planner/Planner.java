package io.weir.planner;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Explain;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Query;
import io.weir.planner.catalog.Catalog;
import io.weir.runtime.type.RowType;

/**
 * Turns statements into runtime dataflows: Calcite validates them against the {@link Catalog}, Weir's rules
 * optimise them, and the translation emits vertices of compiled operators. Errors are
 * {@link ValidationException}s with their place in the original script.
 *
 * <p>One planner serves one session and one statement at a time.
 */
public interface Planner {
    static Planner create(Catalog catalog) {
        return new CalcitePlanner(catalog);
    }

    /** Checks a CREATE TABLE before it is stored: types, computed columns, watermark, primary key, connector and options. */
    void validateTable(CreateTable table);

    /** Checks a CREATE VIEW's query and returns the view's columns. */
    RowType validateView(CreateView view);

    /** The columns of a table (physical and computed, in order) or view. */
    RowType describe(String tableOrView);

    PlannedQuery planQuery(Query query, PlannerOptions options);

    PlannedQuery planInsert(Insert insert, PlannerOptions options);

    /** The optimised logical plan and the physical dataflow (vertices, parallelism, edges and partitioning). */
    String explain(Explain explain, PlannerOptions options);
}
