package io.weir.planner.rules;

import io.weir.planner.rel.WeirTableScan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;

/** Narrows a scan under a Calc to the columns the Calc uses, so the source reads only those. */
@SuppressWarnings("deprecation")
public final class ProjectionPushDownRule extends RelOptRule {
    ProjectionPushDownRule() {
        super(operand(LogicalCalc.class, operand(WeirTableScan.class, none())), "ProjectionPushDownRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalCalc calc = call.rel(0);
        WeirTableScan scan = call.rel(1);
        if (scan.filter() != null) {
            return;
        }
        RexProgram program = calc.getProgram();
        TreeSet<Integer> used = new TreeSet<>();
        List<RexNode> projects = new ArrayList<>();
        for (var ref : program.getProjectList()) {
            projects.add(program.expandLocalRef(ref));
        }
        RexNode condition = program.getCondition() == null ? null : program.expandLocalRef(program.getCondition());
        RexShuttle finder = new RexShuttle() {
            @Override
            public RexNode visitInputRef(RexInputRef ref) {
                used.add(ref.getIndex());
                return ref;
            }
        };
        for (RexNode p : projects) {
            p.accept(finder);
        }
        if (condition != null) {
            condition.accept(finder);
        }
        if (scan.watermark() != null) {
            // The watermark is generated from the source's rows: the columns it reads are read whatever the query selects.
            scan.watermark().accept(finder);
        }
        if (used.isEmpty()) {
            used.add(0);
        }
        if (used.size() == scan.getRowType().getFieldCount()) {
            return;
        }
        List<Integer> newProjection = new ArrayList<>();
        int[] mapping = new int[scan.getRowType().getFieldCount()];
        int next = 0;
        for (int old : used) {
            newProjection.add(scan.projection().get(old));
            mapping[old] = next++;
        }
        RexShuttle remap = new RexShuttle() {
            @Override
            public RexNode visitInputRef(RexInputRef ref) {
                return new RexInputRef(mapping[ref.getIndex()], ref.getType());
            }
        };
        WeirTableScan narrowed = scan.withProjection(newProjection,
                scan.watermark() == null ? null : scan.watermark().accept(remap));
        List<RexNode> newProjects = new ArrayList<>();
        for (RexNode p : projects) {
            newProjects.add(p.accept(remap));
        }
        RexNode newCondition = condition == null ? null : condition.accept(remap);
        RexProgram newProgram = RexProgram.create(narrowed.getRowType(), newProjects, newCondition,
                calc.getRowType(), calc.getCluster().getRexBuilder());
        call.transformTo(LogicalCalc.create(narrowed, newProgram));
    }
}
