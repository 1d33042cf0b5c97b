package io.weir.planner.codegen;

import io.weir.runtime.row.Row;
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
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * Reads a field of a ROW value held as a nested {@link Row}: {@link ExpressionRewriter} replaces a field access on a
 * column ({@code meta.source}) with a call of this operator, since Calcite's own field access expects arrays or beans.
 */
final class NestedFieldOperator extends SqlUserDefinedFunction {
    private final int index;

    /** Reads field {@code index}; the index is in the name, so calls on different fields differ in their digest. */
    private NestedFieldOperator(int index) {
        super(new SqlIdentifier("$NESTED_FIELD_" + index, SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
                ReturnTypes.ARG0, InferTypes.RETURN_TYPE,
                OperandTypes.operandMetadata(List.of(SqlTypeFamily.ANY), f -> List.of(), i -> "row", i -> false),
                new Implementation(index));
        this.index = index;
    }

    /** The position of the field it reads in the nested row. */
    int index() {
        return index;
    }

    /** A read of field {@code index} of a Row-held value. */
    static NestedFieldOperator of(int index) {
        return new NestedFieldOperator(index);
    }

    /** Generates {@code ((Row) target).getXxx(index)} with the field's null check; NULL when the row is NULL. */
    private static final class Implementation implements ImplementableFunction {
        private final int index;

        Implementation(int index) {
            this.index = index;
        }

        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor((translator, call, operands) -> {
                return RowReads.read(Expressions.convert_(operands.get(0), Row.class), index, call.getType());
            }, NullPolicy.STRICT, false);
        }
    }
}
