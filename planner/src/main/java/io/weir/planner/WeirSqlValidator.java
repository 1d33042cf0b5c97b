package io.weir.planner;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Calcite's validator, typing an untyped NULL argument as Flink does: by the other arguments of its call
 * ({@code IF(x, NULL, 1)} is an INT, {@code COALESCE(NULL, s)} a STRING).
 */
final class WeirSqlValidator extends SqlValidatorImpl {
    WeirSqlValidator(SqlOperatorTable operators, SqlValidatorCatalogReader catalogReader, RelDataTypeFactory typeFactory,
            Config config) {
        super(operators, catalogReader, typeFactory, config);
    }

    /** COALESCE skips NULL arguments, so bare NULLs are dropped before Calcite rewrites it to a CASE. */
    @Override
    protected SqlNode performUnconditionalRewrites(SqlNode node, boolean underFrom) {

        if (node instanceof SqlCall && ((SqlCall) node).getOperator().getName().equalsIgnoreCase("COALESCE")) {
            SqlCall call = (SqlCall) node;
            List<SqlNode> kept = new ArrayList<>();
            for (SqlNode operand : call.getOperandList()) {
                if (!SqlUtil.isNullLiteral(operand, false)) {
                    kept.add(operand);
                }
            }
            if (!kept.isEmpty() && kept.size() < call.operandCount()) {
                node = kept.size() == 1 ? kept.get(0) : call.getOperator().createCall(call.getParserPosition(), kept);
            }
        }
        return super.performUnconditionalRewrites(node, underFrom);
    }

    @Override
    protected void inferUnknownTypes(RelDataType inferredType, SqlValidatorScope scope, SqlNode node) {
        if (node instanceof SqlCall && node.getKind() != SqlKind.CASE) {
            SqlCall call = (SqlCall) node;
            RelDataType peers = peerType(call, scope);
            if (peers != null) {
                for (SqlNode operand : call.getOperandList()) {
                    if (operand != null) {
                        super.inferUnknownTypes(SqlUtil.isNullLiteral(operand, false) ? peers : getUnknownType(),
                                scope, operand);
                    }
                }
                return;
            }
        }
        super.inferUnknownTypes(inferredType, scope, node);
    }

    /** The common type of the call's other arguments if some are bare NULLs; null if none or no common type. */
    private RelDataType peerType(SqlCall call, SqlValidatorScope scope) {
        List<SqlNode> operands = call.getOperandList();
        if ((call.getKind() == SqlKind.IS_NULL || call.getKind() == SqlKind.IS_NOT_NULL)
                && SqlUtil.isNullLiteral(operands.get(0), false)) {
            // NULL IS [NOT] NULL: any type will do.
            return getTypeFactory().createTypeWithNullability(getTypeFactory().createSqlType(SqlTypeName.BOOLEAN), true);
        }
        // IF's condition is not a peer of its branches.
        int first = call.getOperator().getName().equalsIgnoreCase("IF") ? 1 : 0;
        boolean hasNull = false;
        for (int i = first; i < operands.size(); i++) {
            hasNull |= operands.get(i) != null && SqlUtil.isNullLiteral(operands.get(i), false);
        }
        if (!hasNull || call.getKind() == SqlKind.AS) {
            return null;
        }
        List<RelDataType> types = new ArrayList<>();
        for (int i = first; i < operands.size(); i++) {
            SqlNode operand = operands.get(i);
            if (operand != null && !containsBareNull(operand)) {
                types.add(deriveType(scope, operand));
            }
        }
        return types.isEmpty() ? null : getTypeFactory().leastRestrictive(types);
    }

    private static boolean containsBareNull(SqlNode node) {
        if (SqlUtil.isNullLiteral(node, false)) {
            return true;
        }
        if (node instanceof SqlCall) {
            for (SqlNode operand : ((SqlCall) node).getOperandList()) {
                if (operand != null && containsBareNull(operand)) {
                    return true;
                }
            }
        }
        return false;
    }
}
