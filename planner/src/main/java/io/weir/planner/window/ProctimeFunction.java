package io.weir.planner.window;

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
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * {@code PROCTIME()}: the processing-time attribute, a {@code TIMESTAMP_LTZ(3) NOT NULL} read from the clock for each
 * row. A window on a column computed by it fires on processing-time timers.
 */
public final class ProctimeFunction extends SqlUserDefinedFunction {
    public static final ProctimeFunction INSTANCE = new ProctimeFunction();

    private ProctimeFunction() {
        super(new SqlIdentifier("PROCTIME", SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
                ReturnTypes.explicit(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3), InferTypes.RETURN_TYPE,
                OperandTypes.operandMetadata(List.of(), f -> List.of(), i -> "", i -> false), new Implementation());
    }

    @Override
    public boolean isDeterministic() {
        return false;
    }

    @Override
    public boolean isDynamicFunction() {
        return true;
    }

    /** The clock's time in milliseconds; called by generated code. */
    public static long now() {
        return System.currentTimeMillis();
    }

    private static final class Implementation implements ImplementableFunction {
        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor(
                    (translator, call, operands) -> Expressions.call(ProctimeFunction.class, "now"),
                    NullPolicy.NONE, false);
        }
    }
}
