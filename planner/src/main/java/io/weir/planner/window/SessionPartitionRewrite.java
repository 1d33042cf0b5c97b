package io.weir.planner.window;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites Flink's {@code SESSION(TABLE t PARTITION BY k, DESCRIPTOR(ts), gap)} to Calcite's form
 * {@code SESSION(TABLE t, DESCRIPTOR(ts), DESCRIPTOR(k), gap)}, which Calcite validates and whose conversion keeps
 * the partition key.
 */
public final class SessionPartitionRewrite extends SqlShuttle {
    private static final SessionPartitionRewrite INSTANCE = new SessionPartitionRewrite();

    private SessionPartitionRewrite() {
    }

    /** The tree with every partitioned SESSION call rewritten; calls are rebuilt, other nodes shared. */
    public static SqlNode rewrite(SqlNode node) {
        return node == null ? null : node.accept(INSTANCE);
    }

    @Override
    public SqlNode visit(SqlCall call) {
        List<SqlNode> operands = new ArrayList<>();
        for (SqlNode operand : call.getOperandList()) {
            operands.add(operand == null ? null : operand.accept(this));
        }
        if (call.getOperator().getName().equalsIgnoreCase("SESSION") && operands.size() == 3
                && operands.get(0) != null && operands.get(0).getKind() == SqlKind.SET_SEMANTICS_TABLE) {
            SqlCall table = (SqlCall) operands.get(0);
            SqlNodeList partitionKeys = (SqlNodeList) table.operand(1);
            SqlNode keyDescriptor = SqlStdOperatorTable.DESCRIPTOR.createCall(partitionKeys.getParserPosition(),
                    new ArrayList<>(partitionKeys.getList()));
            operands = List.of(table.operand(0), operands.get(1), keyDescriptor, operands.get(2));
        }
        return call.getOperator().createCall(call.getFunctionQuantifier(), call.getParserPosition(),
                operands.toArray(new SqlNode[0]));
    }
}
