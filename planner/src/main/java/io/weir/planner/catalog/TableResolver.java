package io.weir.planner.catalog;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;

/** Resolves catalog definitions into Calcite types and relational expressions for the schema adapter. */
public interface TableResolver {
    /** The table's columns, physical and computed, in declaration order. */
    RelDataType tableRowType(CreateTable table);

    /** The table's scan: a scan of its physical columns, under a projection computing its computed columns. */
    RelNode tableScan(CreateTable table, RelOptCluster cluster);

    /** The view's columns. */
    RelDataType viewRowType(CreateView view);

    /** The view's query, converted in the given cluster. */
    RelNode expandView(CreateView view, RelOptCluster cluster);
}
