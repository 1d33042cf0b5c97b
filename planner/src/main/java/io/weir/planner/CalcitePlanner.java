package io.weir.planner;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Explain;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Query;
import io.weir.planner.catalog.Catalog;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.type.RowType;

/** Placeholder until the Calcite planner lands on this branch; every call reports that planning is unavailable. */
final class CalcitePlanner implements Planner {
    private final Catalog catalog;

    CalcitePlanner(Catalog catalog) {
        this.catalog = catalog;
    }

    private WeirException unavailable() {
        return new WeirException(ErrorCode.UNSUPPORTED, "Planning is not available in this build (catalog has "
                + catalog.tableNames().size() + " tables)");
    }

    @Override
    public void validateTable(CreateTable table) {
    }

    @Override
    public RowType validateView(CreateView view) {
        throw unavailable();
    }

    @Override
    public RowType describe(String tableOrView) {
        throw unavailable();
    }

    @Override
    public PlannedQuery planQuery(Query query, PlannerOptions options) {
        throw unavailable();
    }

    @Override
    public PlannedQuery planInsert(Insert insert, PlannerOptions options) {
        throw unavailable();
    }

    @Override
    public String explain(Explain explain, PlannerOptions options) {
        throw unavailable();
    }
}
