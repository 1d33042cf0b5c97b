package io.weir.planner.window;

import io.weir.parser.SourceSpan;
import io.weir.planner.PlannerErrors;
import io.weir.runtime.operator.TimeDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.hep.HepRelVertex;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.logical.LogicalTableFunctionScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Turns {@code GROUP BY window_start, window_end, k} over a window TVF into a {@link WeirWindowAggregate} on the
 * TVF's input, which assigns rows to windows itself, with a projection on top that restores the aggregate's columns.
 */
@SuppressWarnings("deprecation")
public final class WindowAggregateRule extends RelOptRule {
    public static final WindowAggregateRule OVER_PROJECT = new WindowAggregateRule(true);
    public static final WindowAggregateRule OVER_WINDOW = new WindowAggregateRule(false);

    private final boolean overProject;

    private WindowAggregateRule(boolean overProject) {
        super(overProject
                ? operand(LogicalAggregate.class, operand(LogicalProject.class, operand(LogicalTableFunctionScan.class, any())))
                : operand(LogicalAggregate.class, operand(LogicalTableFunctionScan.class, any())),
                overProject ? "WindowAggregateRule(Project)" : "WindowAggregateRule");
        this.overProject = overProject;
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalAggregate aggregate = call.rel(0);
        LogicalTableFunctionScan tvf = call.rel(overProject ? 2 : 1);
        if (!(tvf.getCall() instanceof RexCall) || !(((RexCall) tvf.getCall()).getOperator() instanceof WindowTableFunction)) {
            return;
        }
        RexBuilder rex = aggregate.getCluster().getRexBuilder();
        RelNode windowed = tvf.getInputs().get(0);
        int n = windowed.getRowType().getFieldCount();
        List<RexNode> projects = new ArrayList<>();
        if (overProject) {
            projects.addAll(((LogicalProject) call.rel(1)).getProjects());
        } else {
            for (int i = 0; i < tvf.getRowType().getFieldCount(); i++) {
                projects.add(rex.makeInputRef(tvf, i));
            }
        }
        if (aggregate.getGroupType() != org.apache.calcite.rel.core.Aggregate.Group.SIMPLE) {
            throw PlannerErrors.unsupported(SourceSpan.UNKNOWN, "GROUPING SETS over window TVFs are");
        }
        // The new input: the project's columns that do not read a window column, then the time attribute.
        List<RexNode> inputs = new ArrayList<>();
        Map<Integer, Integer> mapping = new HashMap<>();
        Map<Integer, Integer> windowColumn = new HashMap<>();
        for (int i = 0; i < projects.size(); i++) {
            RexNode e = projects.get(i);
            if (e instanceof RexInputRef && ((RexInputRef) e).getIndex() >= n) {
                windowColumn.put(i, ((RexInputRef) e).getIndex() - n);
            } else if (ImmutableBitSet.of(org.apache.calcite.plan.RelOptUtil.InputFinder.bits(e)).nextSetBit(n) >= 0) {
                throw PlannerErrors.unsupported(SourceSpan.UNKNOWN,
                        "Expressions over window_start, window_end or window_time in a window aggregation are");
            } else {
                mapping.put(i, inputs.size());
                inputs.add(e);
            }
        }
        RexCall invocation = (RexCall) tvf.getCall();
        WindowTableFunction function = (WindowTableFunction) invocation.getOperator();
        int timeIndex = descriptorColumns(invocation.getOperands().get(0)).get(0);
        int timeField = inputs.size();
        inputs.add(rex.makeInputRef(windowed, timeIndex));
        List<Integer> keys = new ArrayList<>();
        Set<Integer> windowKeys = new HashSet<>();
        for (int g : aggregate.getGroupSet()) {
            if (windowColumn.containsKey(g)) {
                windowKeys.add(windowColumn.get(g));
            } else {
                keys.add(mapping.get(g));
            }
        }
        if (!windowKeys.contains(0) || !windowKeys.contains(1)) {
            throw PlannerErrors.validation(SourceSpan.UNKNOWN,
                    "A GROUP BY over a window TVF must contain window_start and window_end");
        }
        List<AggregateCall> calls = new ArrayList<>();
        for (AggregateCall c : aggregate.getAggCallList()) {
            List<Integer> args = new ArrayList<>();
            for (int arg : c.getArgList()) {
                if (!mapping.containsKey(arg)) {
                    throw PlannerErrors.unsupported(SourceSpan.UNKNOWN, "Aggregates of window columns are");
                }
                args.add(mapping.get(arg));
            }
            int filter = c.filterArg < 0 ? -1 : mapping.get(c.filterArg);
            calls.add(c.copy(args, filter));
        }
        TimeDomain domain = isProctime(windowed, timeIndex) ? TimeDomain.PROCESSING_TIME : TimeDomain.EVENT_TIME;
        WindowSpec spec = spec(function.kind(), invocation, timeField, domain, keys, inputs);
        if (keys.isEmpty()) {
            // Keyed state needs a key: one constant key puts every row of the windows in one group.
            keys.add(inputs.size());
            inputs.add(rex.makeExactLiteral(java.math.BigDecimal.ZERO));
        }
        LogicalProject newInput = LogicalProject.create(windowed, List.of(), inputs, (List<String>) null, Set.of());
        List<RelDataType> windowTypes = tvf.getRowType().getFieldList().subList(n, n + 3).stream()
                .map(f -> f.getType()).toList();
        WeirWindowAggregate windowAggregate = new WeirWindowAggregate(aggregate.getCluster(), aggregate.getTraitSet(),
                newInput, spec, keys, calls, windowTypes);
        int keyCount = keys.size();
        int windowOffset = keyCount + calls.size();
        List<RexNode> top = new ArrayList<>();
        int regular = 0;
        for (int g : aggregate.getGroupSet()) {
            int index = windowColumn.containsKey(g) ? windowOffset + windowColumn.get(g) : regular++;
            top.add(rex.makeInputRef(windowAggregate, index));
        }
        for (int j = 0; j < calls.size(); j++) {
            top.add(rex.makeInputRef(windowAggregate, keyCount + j));
        }
        call.transformTo(LogicalProject.create(windowAggregate, List.of(), top, aggregate.getRowType().getFieldNames(),
                Set.of()));
    }

    private static WindowSpec spec(WindowKind kind, RexCall call, int timeField, TimeDomain domain, List<Integer> keys,
            List<RexNode> inputs) {
        List<RexNode> ops = call.getOperands();
        switch (kind) {
            case TUMBLE:
                return WindowSpec.tumble(millis(ops.get(1)), ops.size() > 2 ? millis(ops.get(2)) : 0, timeField, domain);
            case HOP:
                return WindowSpec.hop(millis(ops.get(1)), millis(ops.get(2)), ops.size() > 3 ? millis(ops.get(3)) : 0,
                        timeField, domain);
            case CUMULATE:
                return WindowSpec.cumulate(millis(ops.get(1)), millis(ops.get(2)), ops.size() > 3 ? millis(ops.get(3)) : 0,
                        timeField, domain);
            default: {
                List<Integer> partition = ops.size() > 2 ? descriptorColumns(ops.get(1)) : List.of();
                Set<Integer> keyColumns = new HashSet<>();
                for (int key : keys) {
                    RexNode e = inputs.get(key);
                    keyColumns.add(e instanceof RexInputRef ? ((RexInputRef) e).getIndex() : -1);
                }
                if (!keyColumns.equals(new HashSet<>(partition))) {
                    throw PlannerErrors.unsupported(SourceSpan.UNKNOWN,
                            "A session window aggregation whose GROUP BY keys differ from its PARTITION BY keys is");
                }
                return WindowSpec.session(millis(ops.get(ops.size() - 1)), timeField, domain);
            }
        }
    }

    /** The windows a TVF read without aggregation assigns; its time attribute is field {@code timeField} of its input. */
    public static WindowSpec windowSpec(LogicalTableFunctionScan tvf) {
        RexCall invocation = (RexCall) tvf.getCall();
        WindowKind kind = ((WindowTableFunction) invocation.getOperator()).kind();
        if (kind == WindowKind.SESSION) {
            throw PlannerErrors.unsupported(SourceSpan.UNKNOWN,
                    "SESSION windows outside a window aggregation (GROUP BY window_start, window_end) are");
        }
        int timeIndex = descriptorColumns(invocation.getOperands().get(0)).get(0);
        TimeDomain domain = isProctime(tvf.getInputs().get(0), timeIndex) ? TimeDomain.PROCESSING_TIME : TimeDomain.EVENT_TIME;
        return spec(kind, invocation, timeIndex, domain, List.of(), List.of());
    }

    private static long millis(RexNode interval) {
        if (!(interval instanceof RexLiteral)) {
            throw PlannerErrors.unsupported(SourceSpan.UNKNOWN, "Window sizes other than interval literals are");
        }
        Long value = ((RexLiteral) interval).getValueAs(Long.class);
        if (value == null || value <= 0) {
            throw PlannerErrors.validation(SourceSpan.UNKNOWN, "A window size must be a positive interval, not " + interval);
        }
        return value;
    }

    /** The columns a {@code DESCRIPTOR(...)} operand names. */
    private static List<Integer> descriptorColumns(RexNode descriptor) {
        List<Integer> columns = new ArrayList<>();
        if (descriptor instanceof RexCall && descriptor.getKind() == SqlKind.DESCRIPTOR) {
            for (RexNode operand : ((RexCall) descriptor).getOperands()) {
                columns.add(((RexInputRef) operand).getIndex());
            }
        }
        return columns;
    }

    /** Whether field {@code index} of {@code rel} is computed by {@code PROCTIME()}, through projections. */
    static boolean isProctime(RelNode rel, int index) {
        RelNode node = rel instanceof HepRelVertex ? ((HepRelVertex) rel).getCurrentRel() : rel;
        if (node.getRowType().getFieldList().get(index).getType().getSqlTypeName()
                != SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE) {
            return false;
        }
        if (node instanceof LogicalProject) {
            RexNode e = ((LogicalProject) node).getProjects().get(index);
            if (e instanceof RexCall && ((RexCall) e).getOperator() instanceof ProctimeFunction) {
                return true;
            }
            return e instanceof RexInputRef && isProctime(node.getInput(0), ((RexInputRef) e).getIndex());
        }
        if (node.getInputs().size() == 1 && node.getInput(0).getRowType().getFieldCount() > index
                && !(node instanceof org.apache.calcite.rel.core.Aggregate)) {
            return isProctime(node.getInput(0), index);
        }
        return false;
    }
}
