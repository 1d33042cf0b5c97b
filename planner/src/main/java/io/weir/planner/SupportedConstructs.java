package io.weir.planner;

import io.weir.parser.SourceSpan;
import io.weir.planner.window.WindowedSelects;
import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.validate.SqlUserDefinedTableMacro;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Rejects, with their place in the script, the constructs later issues add: joins, OVER windows, aggregate functions
 * other than COUNT, SUM, AVG, MIN, MAX, FIRST_VALUE and LAST_VALUE, set operations other than UNION ALL, and
 * subqueries outside FROM; and, in streaming mode, ORDER BY, LIMIT, OFFSET and FETCH, which only batch mode runs.
 */
final class SupportedConstructs {
    /** The aggregate functions of {@link io.weir.planner.aggregate.Aggregators}, and GROUPING. */
    private static final Set<SqlKind> AGGREGATE_FUNCTIONS = EnumSet.of(SqlKind.COUNT, SqlKind.SUM, SqlKind.SUM0,
            SqlKind.AVG, SqlKind.MIN, SqlKind.MAX, SqlKind.FIRST_VALUE, SqlKind.LAST_VALUE, SqlKind.GROUPING,
            SqlKind.GROUPING_ID);
    private final SqlValidator validator;
    private final RuntimeMode mode;

    private SupportedConstructs(SqlValidator validator, RuntimeMode mode) {
        this.validator = validator;
        this.mode = mode;
    }

    /** Checks a validated query planned in {@code mode}. */
    static void check(SqlNode query, SqlValidator validator, RuntimeMode mode) {
        new SupportedConstructs(validator, mode).query(query);
    }

    private void query(SqlNode node) {
        if (node == null) {
            return;
        }
        switch (node.getKind()) {
            case SELECT:
                select((SqlSelect) node);
                return;
            case VALUES:
                for (SqlNode row : ((SqlCall) node).getOperandList()) {
                    expression(row);
                }
                return;
            case UNION:
                if (((SqlCall) node).getOperator().getName().equals("UNION ALL")) {
                    for (SqlNode input : ((SqlCall) node).getOperandList()) {
                        query(input);
                    }
                    return;
                }
                throw unsupported(node, "UNION without ALL is");
            case INTERSECT:
                throw unsupported(node, "INTERSECT is");
            case EXCEPT:
                throw unsupported(node, "EXCEPT is");
            case ORDER_BY: {
                SqlCall orderBy = (SqlCall) node;
                order((SqlNodeList) orderBy.operand(1), orderBy.operand(2), orderBy.operand(3));
                query(orderBy.operand(0));
                return;
            }
            case WITH: {
                SqlCall with = (SqlCall) node;
                for (SqlNode item : (SqlNodeList) with.operand(0)) {
                    query(((SqlCall) item).operand(2));
                }
                query(with.operand(1));
                return;
            }
            case WITH_ITEM:
                query(((SqlCall) node).operand(2));
                return;
            default:
                throw unsupported(node, node.getKind().sql + " is");
        }
    }

    private void select(SqlSelect select) {
        order(select.getOrderList(), select.getOffset(), select.getFetch());
        if (WindowedSelects.isWindowAggregation(select)) {
            from(select.getFrom());
            return;
        }
        from(select.getFrom());
        expression(select.getSelectList());
        expression(select.getWhere());
        expression(select.getHaving());
    }

    /** ORDER BY keys, OFFSET and FETCH (LIMIT): sorted in batch mode, refused in streaming mode. */
    private void order(SqlNodeList keys, SqlNode offset, SqlNode fetch) {
        boolean sorted = keys != null && keys.size() > 0;
        if (!sorted && offset == null && fetch == null) {
            return;
        }
        if (mode == RuntimeMode.STREAMING) {
            if (sorted) {
                throw PlannerErrors.sortInStreamingMode(span(keys.get(0).getParserPosition()), "ORDER BY is");
            }
            SqlNode cut = fetch != null ? fetch : offset;
            throw PlannerErrors.sortInStreamingMode(span(cut.getParserPosition()),
                    fetch != null ? "LIMIT and FETCH are" : "OFFSET is");
        }
        expression(keys);
    }

    private void from(SqlNode from) {
        if (from == null) {
            return;
        }
        switch (from.getKind()) {
            case IDENTIFIER:
                return;
            case AS:
                from(((SqlCall) from).operand(0));
                return;
            case JOIN:
                throw unsupported(from, ((SqlJoin) from).getJoinType() == org.apache.calcite.sql.JoinType.COMMA
                        ? "Joins (a comma in FROM) are" : "Joins are");
            case SELECT:
            case UNION:
            case INTERSECT:
            case EXCEPT:
            case VALUES:
            case ORDER_BY:
            case WITH:
                query(from);
                return;
            case COLLECTION_TABLE:
                if (WindowedSelects.isWindowTableFunction(from)) {
                    query(WindowedSelects.windowedTable(from));
                    return;
                }
                if (isSystemTableFunction(from)) {
                    return;
                }
                throw unsupported(from, "Table functions other than window TVFs are");
            case MATCH_RECOGNIZE:
                throw unsupported(from, "MATCH_RECOGNIZE is");
            case SNAPSHOT:
                throw unsupported(from, "Temporal joins (FOR SYSTEM_TIME AS OF) are");
            case LATERAL:
            case UNNEST:
                throw unsupported(from, from.getKind().sql + " is");
            default:
                throw unsupported(from, from.getKind().sql + " in FROM is");
        }
    }

    private void expression(SqlNode node) {
        if (node == null) {
            return;
        }
        if (node instanceof SqlNodeList) {
            for (SqlNode item : (SqlNodeList) node) {
                expression(item);
            }
            return;
        }
        if (node.getKind() == SqlKind.SELECT || node.getKind() == SqlKind.UNION || node.getKind() == SqlKind.WITH
                || node.getKind() == SqlKind.ORDER_BY) {
            throw unsupported(node, "Subqueries outside FROM are");
        }
        if (!(node instanceof SqlCall)) {
            return;
        }
        SqlCall call = (SqlCall) node;
        if (call.getKind() == SqlKind.OVER) {
            throw unsupported(call, "OVER windows are");
        }
        if (call.getOperator() instanceof SqlAggFunction && !AGGREGATE_FUNCTIONS.contains(call.getKind())) {
            throw unsupported(call, "The aggregate function " + call.getOperator().getName() + " is");
        }
        if (call.getKind() == SqlKind.EXISTS) {
            throw unsupported(call, "Subqueries outside FROM are");
        }
        if (call instanceof SqlBasicCall || call.getOperandList() != null) {
            for (SqlNode operand : call.getOperandList()) {
                expression(operand);
            }
        }
    }

    private static ValidationException unsupported(SqlNode node, String construct) {
        return PlannerErrors.unsupported(span(node.getParserPosition()), construct);
    }

    static SourceSpan span(SqlParserPos pos) {
        if (pos == null || pos.getLineNum() <= 0) {
            return SourceSpan.UNKNOWN;
        }
        return new SourceSpan(pos.getLineNum(), pos.getColumnNum(), Math.max(pos.getEndLineNum(), pos.getLineNum()),
                pos.getEndColumnNum());
    }

    /** Whether {@code from} is {@code TABLE(checkpoint_state(...))}, which expands to a scan at validation. */
    private static boolean isSystemTableFunction(SqlNode from) {
        SqlNode call = ((SqlCall) from).operand(0);
        return call instanceof SqlCall && ((SqlCall) call).getOperator() instanceof SqlUserDefinedTableMacro;
    }
}
