package io.weir.planner.window;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalTableFunctionScan;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Moves a filter that reads only the input's columns from above a window table function to below it:
 * {@code SELECT ... FROM TABLE(TUMBLE(...)) WHERE price > 2 GROUP BY window_start, window_end, ...} then has the
 * shape of a window aggregation, and rows are dropped before they are assigned to windows. The filter keeps every
 * window of a row or none, so the result is the same.
 */
public final class WindowFilterTransposeRule extends RelOptRule {
    public static final WindowFilterTransposeRule INSTANCE = new WindowFilterTransposeRule();

    private WindowFilterTransposeRule() {
        super(operand(LogicalFilter.class, operand(LogicalTableFunctionScan.class, any())), "WindowFilterTransposeRule");
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
        LogicalFilter filter = call.rel(0);
        LogicalTableFunctionScan tvf = call.rel(1);
        if (!(tvf.getCall() instanceof RexCall) || !(((RexCall) tvf.getCall()).getOperator() instanceof WindowTableFunction)
                || tvf.getInputs().size() != 1) {
            return false;
        }
        int inputColumns = tvf.getInputs().get(0).getRowType().getFieldCount();
        ImmutableBitSet used = RelOptUtil.InputFinder.bits(filter.getCondition());
        return used.isEmpty() || used.nth(used.cardinality() - 1) < inputColumns;
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalFilter filter = call.rel(0);
        LogicalTableFunctionScan tvf = call.rel(1);
        RelNode input = tvf.getInputs().get(0);
        // The window function's output starts with its input's columns, so the condition's references hold below it.
        RelNode filtered = LogicalFilter.create(input, filter.getCondition());
        call.transformTo(tvf.copy(tvf.getTraitSet(), List.of(filtered), tvf.getCall(), tvf.getElementType(),
                tvf.getRowType(), tvf.getColumnMappings()));
    }
}
