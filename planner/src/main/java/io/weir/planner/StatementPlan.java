package io.weir.planner;

import io.weir.planner.translate.PhysicalPlan;
import io.weir.runtime.type.RowType;
import org.apache.calcite.rel.RelNode;

/** A statement after optimisation and translation: the optimised plan, its dataflow, and its result columns. */
record StatementPlan(RelNode optimized, PhysicalPlan physical, RowType resultType) {
}
