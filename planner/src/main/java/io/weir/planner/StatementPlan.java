package io.weir.planner;

import io.weir.planner.codegen.CalcCompiler;
import io.weir.planner.translate.PhysicalPlan;
import io.weir.runtime.type.RowType;
import org.apache.calcite.rel.RelNode;

/**
 * A statement after optimisation and translation: the optimised plan, its dataflow, its result columns, and the
 * compiler that generated its expressions' code.
 */
record StatementPlan(RelNode optimized, PhysicalPlan physical, RowType resultType, CalcCompiler compiler) {
}
