package io.weir.planner.codegen;

import io.weir.planner.PlannerErrors;
import io.weir.planner.window.CurrentWatermarkFunction;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/** Filters and projects each row with a compiled {@link CalcProgram}, reusing one output row. */
public final class CalcOperator implements Operator {
    private final CalcProgram program;
    private final Row out;
    private final String description;

    public CalcOperator(CalcProgram program, int outputArity, String description) {
        this.program = program;
        this.out = new Row(outputArity);
        this.description = description;
    }

    /** Lets the program's {@code CURRENT_WATERMARK} calls read this operator's watermark. */
    @Override
    public void open(OperatorContext context) {
        CurrentWatermarkFunction.bind(context.timers());
    }

    @Override
    public void process(ChangeKind kind, Row row, Output output) {
        boolean passed;
        try {
            passed = program.apply(row, out);
        } catch (RuntimeException e) {
            throw PlannerErrors.expressionFailed(description, e);
        }
        if (passed) {
            output.emit(kind, out);
        }
    }
}
