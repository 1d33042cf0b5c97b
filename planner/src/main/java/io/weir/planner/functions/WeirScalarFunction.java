package io.weir.planner.functions;

import io.weir.planner.codegen.QueryDataContext;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.SqlOperandMetadata;
import org.apache.calcite.sql.type.SqlOperandTypeChecker;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * One of Weir's scalar functions: Calcite types it with a return type inference and an operand checker, and the
 * code generator calls a static method of {@link BuiltInFunctions} chosen by the call's operand types.
 */
class WeirScalarFunction extends SqlUserDefinedFunction {
    private static final Set<String> NON_DETERMINISTIC = Set.of("UNIX_TIMESTAMP", "CURRENT_TIMESTAMP", "NOW");

    /** Chooses the Java method for a call, by its operands' SQL types. */
    interface MethodChooser {
        Method choose(RexCall call);
    }

    WeirScalarFunction(String name, SqlReturnTypeInference returnType, SqlOperandTypeChecker operands, MethodChooser chooser) {
        super(new SqlIdentifier(name, SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION, returnType, InferTypes.RETURN_TYPE,
                new Metadata(operands), new Implementation(chooser));
    }

    static Method method(String name, Class<?>... parameterTypes) {
        try {
            return BuiltInFunctions.class.getMethod(name, parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("BuiltInFunctions has no " + name, e);
        }
    }

    /** The functions of the current time are evaluated per row, never folded. */
    @Override
    public boolean isDeterministic() {
        return !NON_DETERMINISTIC.contains(getName());
    }

    @Override
    public boolean isDynamicFunction() {
        return !isDeterministic();
    }

    /** Delegates type checking to an ordinary checker; positional operands only, nothing filled in. */
    private static final class Metadata implements SqlOperandMetadata {
        private final SqlOperandTypeChecker delegate;

        Metadata(SqlOperandTypeChecker delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<RelDataType> paramTypes(RelDataTypeFactory typeFactory) {
            return List.of();
        }

        @Override
        public List<String> paramNames() {
            return List.of();
        }

        @Override
        public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure) {
            return delegate.checkOperandTypes(callBinding, throwOnFailure);
        }

        @Override
        public SqlOperandCountRange getOperandCountRange() {
            return delegate.getOperandCountRange();
        }

        @Override
        public String getAllowedSignatures(SqlOperator op, String opName) {
            return delegate.getAllowedSignatures(op, opName);
        }

        @Override
        public boolean isOptional(int i) {
            return delegate.isOptional(i);
        }
    }

    /** The code generator's view: a strict call of the chosen static method. */
    private static final class Implementation implements ImplementableFunction {
        private final MethodChooser chooser;

        Implementation(MethodChooser chooser) {
            this.chooser = chooser;
        }

        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor((translator, call, operands) -> {
                Method m = chooser.choose(call);
                Class<?>[] types = m.getParameterTypes();
                List<Expression> args = new ArrayList<>();
                for (int i = 0; i < operands.size(); i++) {
                    args.add(EnumUtils.convert(operands.get(i), types[i]));
                }
                if (types.length > operands.size() && types[types.length - 1] == ZoneId.class) {
                    // Functions of the session time zone take it last, from the query's context.
                    args.add(Expressions.convert_(Expressions.call(translator.getRoot(), "get",
                            Expressions.constant(QueryDataContext.ZONE_ID)), ZoneId.class));
                }
                return Expressions.call(m, args);
            }, NullPolicy.STRICT, false);
        }
    }
}
