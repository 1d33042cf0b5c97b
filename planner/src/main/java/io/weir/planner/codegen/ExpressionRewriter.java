package io.weir.planner.codegen;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexFieldAccess;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLocalRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;

/**
 * Rewrites a program, before Calcite translates it to Java, into Weir's own operators where Flink's semantics or
 * Weir's row format differ from Calcite's: field reads of nested rows and Flink's casts.
 */
final class ExpressionRewriter extends RexShuttle {
    private final RexBuilder rexBuilder;

    private ExpressionRewriter(RexBuilder rexBuilder) {
        this.rexBuilder = rexBuilder;
    }

    /** The rewritten program, or the program itself if nothing needed rewriting. */
    static RexProgram rewrite(RexProgram program, RelDataTypeFactory typeFactory) {
        RexBuilder rexBuilder = new RexBuilder(typeFactory);
        ExpressionRewriter rewriter = new ExpressionRewriter(rexBuilder);
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

    @Override
    public RexNode visitCall(RexCall call) {
        RexNode visited = super.visitCall(call);
        if (visited.getKind() == SqlKind.CAST) {
            return CastOperator.rewrite((RexCall) visited, rexBuilder);
        }
        return visited;
    }

    @Override
    public RexNode visitFieldAccess(RexFieldAccess access) {
        RexNode target = access.getReferenceExpr().accept(this);
        boolean heldAsRow = target instanceof RexInputRef
                || target instanceof RexCall && ((RexCall) target).getOperator() instanceof NestedFieldOperator;
        if (!heldAsRow) {
            return target == access.getReferenceExpr() ? access
                    : rexBuilder.makeFieldAccess(target, access.getField().getIndex());
        }
        return rexBuilder.makeCall(access.getType(), NestedFieldOperator.of(access.getField().getIndex()), List.of(target));
    }
}
