package io.weir.planner;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.util.SqlShuttle;

/** Deep copies of parsed SQL trees, because Calcite's validator rewrites the tree it validates. */
final class SqlTreeCopy extends SqlShuttle {
    private static final SqlTreeCopy INSTANCE = new SqlTreeCopy();

    private SqlTreeCopy() {
    }

    static SqlNode of(SqlNode node) {
        return node == null ? null : node.accept(INSTANCE);
    }

    @Override
    public SqlNode visit(SqlCall call) {
        List<SqlNode> operands = new ArrayList<>();
        for (SqlNode operand : call.getOperandList()) {
            operands.add(operand == null ? null : operand.accept(this));
        }
        return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(),
                operands.toArray(new SqlNode[0]));
    }

    @Override
    public SqlNode visit(SqlNodeList nodeList) {
        List<SqlNode> items = new ArrayList<>();
        for (SqlNode item : nodeList) {
            items.add(item == null ? null : item.accept(this));
        }
        return new SqlNodeList(items, nodeList.getParserPosition());
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        return id.clone(id.getParserPosition());
    }

    @Override
    public SqlNode visit(SqlLiteral literal) {
        return literal.clone(literal.getParserPosition());
    }
}
