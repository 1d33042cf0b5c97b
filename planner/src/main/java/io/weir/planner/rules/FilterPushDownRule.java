package io.weir.planner.rules;

import io.weir.planner.rel.WeirTableScan;
import io.weir.runtime.source.FilterableSource;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexUtil;

/**
 * Moves a Calc's deterministic condition into the scan below it when the table's source can filter while reading.
 * A table with a watermark keeps its condition in the Calc: its watermark is generated at the source from every row
 * read, including the rows the condition rejects.
 */
@SuppressWarnings("deprecation")
public final class FilterPushDownRule extends RelOptRule {
    FilterPushDownRule() {
        super(operand(LogicalCalc.class, operand(WeirTableScan.class, none())), "FilterPushDownRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalCalc calc = call.rel(0);
        WeirTableScan scan = call.rel(1);
        RexProgram program = calc.getProgram();
        if (program.getCondition() == null || scan.filter() != null || scan.watermark() != null) {
            return;
        }
        RexNode condition = program.expandLocalRef(program.getCondition());
        if (!RexUtil.isDeterministic(condition)) {
            return;
        }
        if (!(scan.table().createSource(scan.projection()) instanceof FilterableSource)) {
            return;
        }
        WeirTableScan filtered = scan.withFilter(condition);
        List<RexNode> projects = new ArrayList<>();
        for (var ref : program.getProjectList()) {
            projects.add(program.expandLocalRef(ref));
        }
        RexProgram newProgram = RexProgram.create(filtered.getRowType(), projects, null, calc.getRowType(),
                calc.getCluster().getRexBuilder());
        call.transformTo(LogicalCalc.create(filtered, newProgram));
    }
}
