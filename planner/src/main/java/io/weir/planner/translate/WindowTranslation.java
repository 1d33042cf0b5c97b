package io.weir.planner.translate;

import io.weir.parser.SourceSpan;
import io.weir.planner.PlannerErrors;
import io.weir.planner.aggregate.Aggregators;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.planner.codegen.CalcCompiler;
import io.weir.planner.codegen.CalcProgram;
import io.weir.planner.rel.WeirTableScan;
import io.weir.planner.window.CompiledWatermarkGenerator;
import io.weir.planner.window.WeirWindowAggregate;
import io.weir.planner.window.WindowAggregateOperator;
import io.weir.planner.window.WindowAggregateRule;
import io.weir.planner.window.WindowAssignOperator;
import io.weir.planner.window.WindowSpec;
import io.weir.planner.window.WindowTableFunction;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.source.WatermarkGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalTableFunctionScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexProgram;

/** The operators of event time and windows: source watermarks, window TVFs and window aggregates. */
final class WindowTranslation {
    private WindowTranslation() {
    }

    static boolean isWindowTableFunction(LogicalTableFunctionScan scan) {
        return scan.getCall() instanceof RexCall && ((RexCall) scan.getCall()).getOperator() instanceof WindowTableFunction;
    }

    /** The scan's watermark expression compiled over the rows its source emits. */
    static WatermarkGenerator watermarkGenerator(CalcCompiler compiler, WeirTableScan scan, String description) {
        RexProgram program = RexProgram.create(scan.getRowType(), List.of(scan.watermark()), null, List.of("watermark"),
                scan.getCluster().getRexBuilder());
        Supplier<CalcProgram> compiled = compiler.compile(program, true);
        return new CompiledWatermarkGenerator(compiled, description);
    }

    static OperatorSpec assignSpec(LogicalTableFunctionScan tvf) {
        WindowSpec spec = WindowAggregateRule.windowSpec(tvf);
        int arity = tvf.getInputs().get(0).getRowType().getFieldCount();
        return new OperatorSpec("WindowTableFunction", spec.toString(), () -> new WindowAssignOperator(spec, arity));
    }

    /** Whether the aggregate groups by its windows only (its one key is the constant the rule added). */
    static boolean isGlobal(WeirWindowAggregate aggregate) {
        if (aggregate.keys().size() != 1 || !(aggregate.getInput() instanceof org.apache.calcite.rel.core.Project)) {
            return false;
        }
        var project = (org.apache.calcite.rel.core.Project) aggregate.getInput();
        return project.getProjects().get(aggregate.keys().get(0)) instanceof RexLiteral;
    }

    static OperatorSpec aggregateSpec(WeirWindowAggregate aggregate) {
        WindowSpec spec = aggregate.window();
        List<AggregateCall> aggregateCalls = aggregate.aggregateCalls();
        RelDataType inputType = aggregate.getInput().getRowType();
        // Built once here so that an unsupported call fails at planning time; then once per subtask, since an
        // aggregator keeps scratch rows.
        Aggregators.create(aggregateCalls, inputType, ChangelogMode.INSERT_ONLY);
        int keyArity = aggregate.keys().size();
        List<String> calls = new ArrayList<>();
        for (AggregateCall call : aggregate.aggregateCalls()) {
            calls.add(DataflowTranslator.describe(call.toString(), aggregate.getInput().getRowType()));
        }
        List<String> keys = new ArrayList<>();
        for (int key : aggregate.keys()) {
            keys.add(aggregate.getInput().getRowType().getFieldNames().get(key));
        }
        String description = "window=" + spec + ", groupBy=" + keys + ", select=" + calls;
        return new OperatorSpec("WindowAggregate", description,
                () -> new WindowAggregateOperator(spec,
                        Aggregators.create(aggregateCalls, inputType, ChangelogMode.INSERT_ONLY), keyArity),
                aggregate.keys());
    }
}
