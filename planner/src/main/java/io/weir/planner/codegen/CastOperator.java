package io.weir.planner.codegen;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * A CAST that Flink defines differently from Calcite (integer narrowing, BOOLEAN to and from numbers, DECIMAL
 * rounding and overflow, strings that are not numbers), compiled to a call of {@link Casts}.
 */
final class CastOperator extends SqlUserDefinedFunction {
    private final Method method;

    /** The target type is in the name, so casts of one operand to different types differ in their digest. */
    private CastOperator(RelDataType target, Method method) {
        super(new SqlIdentifier("$CAST_" + target.getFullTypeString(), SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
                ReturnTypes.ARG0, InferTypes.RETURN_TYPE,
                OperandTypes.operandMetadata(List.of(SqlTypeFamily.ANY), f -> List.of(), i -> "value", i -> false),
                new Implementation(target, method));
        this.method = method;
    }

    /** The {@link Casts} method that implements it. */
    Method method() {
        return method;
    }

    /** Weir's cast for {@code call}, or the call itself where Calcite's cast already behaves as Flink's. */
    static RexNode rewrite(RexCall call, RexBuilder rexBuilder) {
        RexNode operand = call.getOperands().get(0);
        Class<?> source = sourceClass(operand.getType().getSqlTypeName());
        String name = methodName(call.getType().getSqlTypeName());
        if (source == null || name == null) {
            return call;
        }
        boolean decimal = call.getType().getSqlTypeName() == SqlTypeName.DECIMAL;
        Method method;
        try {
            method = decimal ? Casts.class.getMethod(name, source, int.class, int.class) : Casts.class.getMethod(name, source);
        } catch (NoSuchMethodException e) {
            return call;
        }
        return rexBuilder.makeCall(call.getType(), new CastOperator(call.getType(), method), List.of(operand));
    }

    private static Class<?> sourceClass(SqlTypeName type) {
        switch (type) {
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return long.class;
            case FLOAT:
            case REAL:
            case DOUBLE:
                return double.class;
            case DECIMAL:
                return BigDecimal.class;
            case BOOLEAN:
                return boolean.class;
            case CHAR:
            case VARCHAR:
                return String.class;
            default:
                return null;
        }
    }

    private static String methodName(SqlTypeName target) {
        switch (target) {
            case TINYINT:
                return "toTinyint";
            case SMALLINT:
                return "toSmallint";
            case INTEGER:
                return "toInt";
            case BIGINT:
                return "toBigint";
            case FLOAT:
            case REAL:
                return "toFloat";
            case DOUBLE:
                return "toDouble";
            case DECIMAL:
                return "toDecimal";
            default:
                return null;
        }
    }

    /** A strict call of the chosen {@link Casts} method; DECIMAL casts pass the target's precision and scale. */
    private static final class Implementation implements ImplementableFunction {
        private final RelDataType target;
        private final Method method;

        Implementation(RelDataType target, Method method) {
            this.target = target;
            this.method = method;
        }

        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor((translator, call, operands) -> {
                List<Expression> args = new ArrayList<>();
                args.add(EnumUtils.convert(operands.get(0), method.getParameterTypes()[0]));
                if (target.getSqlTypeName() == SqlTypeName.DECIMAL) {
                    args.add(Expressions.constant(target.getPrecision()));
                    args.add(Expressions.constant(target.getScale()));
                }
                return Expressions.call(method, args);
            }, NullPolicy.STRICT, false);
        }
    }
}
