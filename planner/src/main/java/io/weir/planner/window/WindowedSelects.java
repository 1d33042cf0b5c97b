package io.weir.planner.window;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;

/** Recognises the window constructs in a validated query: window TVFs in FROM and windowed GROUP BYs. */
public final class WindowedSelects {
    private WindowedSelects() {
    }

    /** Whether {@code from} is {@code TABLE(TUMBLE(...))} or another window TVF. */
    public static boolean isWindowTableFunction(SqlNode from) {
        if (from.getKind() != SqlKind.COLLECTION_TABLE) {
            return false;
        }
        SqlNode call = ((SqlCall) from).operand(0);
        return call instanceof SqlCall && ((SqlCall) call).getOperator() instanceof WindowTableFunction;
    }

    /** The query a window TVF reads: the {@code t} of {@code TABLE t} or a subquery. */
    public static SqlNode windowedTable(SqlNode from) {
        SqlNode table = ((SqlCall) ((SqlCall) from).operand(0)).operand(0);
        if (table.getKind() == SqlKind.EXPLICIT_TABLE) {
            return null;
        }
        return table;
    }

    /** Whether the select aggregates over a window TVF or groups by a legacy group window. */
    public static boolean isWindowAggregation(SqlSelect select) {
        SqlNode from = unalias(select.getFrom());
        if (from != null && isWindowTableFunction(from) && select.getGroup() != null && select.getGroup().size() > 0) {
            return true;
        }
        if (select.getGroup() == null) {
            return false;
        }
        for (SqlNode key : select.getGroup()) {
            if (key instanceof SqlCall && isGroupWindow((SqlCall) key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGroupWindow(SqlCall call) {
        switch (call.getKind()) {
            case TUMBLE:
            case HOP:
            case SESSION:
                return true;
            default:
                return false;
        }
    }

    private static SqlNode unalias(SqlNode node) {
        if (node != null && node.getKind() == SqlKind.AS) {
            return ((SqlCall) node).operand(0);
        }
        return node;
    }
}
