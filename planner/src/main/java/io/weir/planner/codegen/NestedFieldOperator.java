package io.weir.planner.codegen;

import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLocalRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;
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
 * Reads a field of a ROW value held as a nested {@link Row}: code generation replaces a field access on a column
 * ({@code meta.source}) with a call of this operator, since Calcite's own field access expects arrays or beans.
 */
final class NestedFieldOperator extends SqlUserDefinedFunction {
    /** Reads field {@code index}; the index is in the name, so calls on different fields differ in their digest. */
    private NestedFieldOperator(int index) {
        super(new SqlIdentifier("$NESTED_FIELD_" + index, SqlParserPos.ZERO), SqlKind.OTHER_FUNCTION,
                ReturnTypes.ARG0, InferTypes.RETURN_TYPE,
                OperandTypes.operandMetadata(List.of(SqlTypeFamily.ANY), f -> List.of(), i -> "row", i -> false),
                new Implementation(index));
    }

    /** The program with every field access on a row-typed input (or on such an access) turned into this operator. */
    static RexProgram rewrite(RexProgram program, RelDataTypeFactory typeFactory) {
        RexBuilder rexBuilder = new RexBuilder(typeFactory);
        Rewriter rewriter = new Rewriter(rexBuilder);
        List<RexNode> projects = new ArrayList<>();
        boolean changed = false;
        for (RexLocalRef ref : program.getProjectList()) {
            RexNode expanded = program.expandLocalRef(ref);
            RexNode rewritten = expanded.accept(rewriter);
            changed |= rewritten != expanded;
            projects.add(rewritten);
        }
        RexNode condition = null;
        if (program.getCondition() != null) {
            RexNode expanded = program.expandLocalRef(program.getCondition());
            condition = expanded.accept(rewriter);
            changed |= condition != expanded;
        }
        return changed ? RexProgram.create(program.getInputRowType(), projects, condition, program.getOutputRowType(),
                rexBuilder) : program;
    }

    /** Rewrites field accesses whose target is stored as a nested {@link Row}. */
    private static final class Rewriter extends RexShuttle {
        private final RexBuilder rexBuilder;

        Rewriter(RexBuilder rexBuilder) {
            this.rexBuilder = rexBuilder;
        }

        @Override
        public RexNode visitFieldAccess(RexFieldAccess access) {
            RexNode target = access.getReferenceExpr().accept(this);
            boolean heldAsRow = target instanceof RexInputRef
                    || target instanceof RexCall && ((RexCall) target).getOperator() instanceof NestedFieldOperator;
            if (!heldAsRow) {
                return target == access.getReferenceExpr() ? access : rexBuilder.makeFieldAccess(target, access.getField().getIndex());
            }
            return rexBuilder.makeCall(access.getType(), new NestedFieldOperator(access.getField().getIndex()), List.of(target));
        }
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
