package io.weir.planner.rules;

import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.rel.RelNode;

/** Runs Weir's rule phases over a converted query with Calcite's heuristic planner. */
public final class Optimizer {
    private Optimizer() {
    }

    public static RelNode optimize(RelNode rel) {
        HepProgramBuilder program = HepProgram.builder().addMatchOrder(HepMatchOrder.BOTTOM_UP);
        for (List<RelOptRule> phase : List.of(WeirRules.WINDOW, WeirRules.LOGICAL, WeirRules.CALC, WeirRules.PUSH_DOWN_PROJECTION,
                WeirRules.PUSH_DOWN_FILTER)) {
            program.addRuleCollection(phase);
        }
        HepPlanner planner = new HepPlanner(program.build());
        planner.setExecutor(rel.getCluster().getPlanner().getExecutor());
        planner.setRoot(rel);
        return planner.findBestExp();
    }
}
