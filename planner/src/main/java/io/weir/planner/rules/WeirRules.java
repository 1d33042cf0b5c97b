package io.weir.planner.rules;

import io.weir.planner.window.WindowAggregateRule;
import io.weir.planner.window.WindowFilterTransposeRule;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.rel.rules.CoreRules;

/** Every rule instance the optimiser uses, grouped by the phase that runs it. */
public final class WeirRules {
    public static final RelOptRule PROJECTION_PUSH_DOWN = new ProjectionPushDownRule();
    public static final RelOptRule FILTER_PUSH_DOWN = new FilterPushDownRule();

    /** Turns aggregations over window TVFs into window aggregates; runs first, on the converted plan. */
    public static final List<RelOptRule> WINDOW = List.of(WindowFilterTransposeRule.INSTANCE,
            WindowAggregateRule.OVER_PROJECT, WindowAggregateRule.OVER_WINDOW);

    /** Pushes filters towards the scans, merges adjacent nodes and folds constants. */
    public static final List<RelOptRule> LOGICAL = List.of(
            CoreRules.FILTER_PROJECT_TRANSPOSE,
            CoreRules.FILTER_SET_OP_TRANSPOSE,
            CoreRules.FILTER_MERGE,
            CoreRules.PROJECT_MERGE,
            CoreRules.PROJECT_REMOVE,
            CoreRules.FILTER_REDUCE_EXPRESSIONS,
            CoreRules.PROJECT_REDUCE_EXPRESSIONS,
            CoreRules.PROJECT_VALUES_MERGE,
            CoreRules.FILTER_VALUES_MERGE,
            CoreRules.PROJECT_FILTER_VALUES_MERGE);

    /** Turns filters and projections into Calcs and merges them: one Calc between two other nodes. */
    public static final List<RelOptRule> CALC = List.of(
            CoreRules.FILTER_TO_CALC,
            CoreRules.PROJECT_TO_CALC,
            CoreRules.CALC_MERGE,
            CoreRules.CALC_REMOVE);

    /** Pushes projections, then conditions, into the sources that accept them. */
    public static final List<RelOptRule> PUSH_DOWN_PROJECTION = List.of(PROJECTION_PUSH_DOWN);
    public static final List<RelOptRule> PUSH_DOWN_FILTER = List.of(FILTER_PUSH_DOWN, CoreRules.CALC_REMOVE);

    private WeirRules() {
    }
}
