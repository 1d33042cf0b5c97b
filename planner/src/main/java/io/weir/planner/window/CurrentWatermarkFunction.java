package io.weir.planner.window;

import io.weir.runtime.state.TimerService;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeTransforms;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * {@code CURRENT_WATERMARK(ts)}: the watermark of the operator evaluating the call, typed as {@code ts} and NULL
 * until the operator has seen a watermark. The argument only gives the type, as in Flink.
 *
 * <p>Generated code cannot reach its operator, so a Calc operator binds its timers to its task's thread when it
 * opens and the generated call reads them from there. A task is one thread and a watermark passes through its whole
 * chain before the next row enters it, so every operator of the chain has the same watermark when a row reaches it.
 */
public final class CurrentWatermarkFunction extends SqlUserDefinedFunction {
    public static final CurrentWatermarkFunction INSTANCE = new CurrentWatermarkFunction();

    private static final ThreadLocal<TimerService> TIMERS = new ThreadLocal<>();

    private CurrentWatermarkFunction() {
        super(new SqlIdentifier("CURRENT_WATERMARK", SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
                ReturnTypes.ARG0.andThen(SqlTypeTransforms.FORCE_NULLABLE), InferTypes.RETURN_TYPE,
                OperandTypes.operandMetadata(List.of(SqlTypeFamily.TIMESTAMP), f -> List.of(), i -> "ts", i -> false),
                new Implementation());
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }

    @Override
    public boolean isDynamicFunction() {
        return true;
    }

    /** Makes {@code timers} the source of this thread's watermark; called when a Calc operator opens. */
    public static void bind(TimerService timers) {
        TIMERS.set(timers);
    }

    /** The bound operator's watermark, or null before its first one (or outside an operator); for generated code. */
    public static Long current() {
        TimerService timers = TIMERS.get();
        if (timers == null) {
            return null;
        }
        long watermark = timers.currentWatermark();
        // Boxed only for the queries that call the function: the generated code holds a nullable value as an object.
        return watermark == Long.MIN_VALUE ? null : watermark;
    }

    private static final class Implementation implements ImplementableFunction {
        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor(
                    (translator, call, operands) -> Expressions.call(CurrentWatermarkFunction.class, "current"),
                    NullPolicy.NONE, false);
        }
    }
}
