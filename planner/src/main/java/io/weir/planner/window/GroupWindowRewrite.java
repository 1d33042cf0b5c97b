package io.weir.planner.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;

/**
 * Rewrites the legacy group windows ({@code GROUP BY k, TUMBLE(ts, size)} with {@code TUMBLE_START(ts, size)}, ...)
 * of a select over one table into the window TVF form, {@code FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), size)) AS t
 * GROUP BY k, window_start, window_end}, whose aggregation Weir plans. Calcite's own conversion cannot tell
 * {@code SESSION_END} from {@code SESSION_START}. Changes selects in place: call it on a copy.
 */
public final class GroupWindowRewrite extends SqlShuttle {
    private static final GroupWindowRewrite INSTANCE = new GroupWindowRewrite();

    private GroupWindowRewrite() {
    }

    public static SqlNode rewrite(SqlNode node) {
        return node == null ? null : node.accept(INSTANCE);
    }

    @Override
    public SqlNode visit(SqlCall call) {
        for (SqlNode operand : call.getOperandList()) {
            if (operand != null) {
                operand.accept(this);
            }
        }
        if (call instanceof SqlSelect) {
            rewriteSelect((SqlSelect) call);
        }
        return call;
    }

    @Override
    public SqlNode visit(SqlNodeList list) {
        for (SqlNode item : list) {
            if (item != null) {
                item.accept(this);
            }
        }
        return list;
    }

    private static void rewriteSelect(SqlSelect select) {
        SqlNodeList group = select.getGroup();
        if (group == null) {
            return;
        }
        SqlCall window = null;
        List<SqlNode> otherKeys = new ArrayList<>();
        for (SqlNode key : group) {
            if (key instanceof SqlCall && windowKind((SqlCall) key) != null) {
                window = (SqlCall) key;
            } else {
                otherKeys.add(key);
            }
        }
        SqlNode from = select.getFrom();
        SqlNode table = from != null && from.getKind() == SqlKind.AS ? ((SqlCall) from).operand(0) : from;
        if (window == null || !(table instanceof SqlIdentifier) || !(window.operand(0) instanceof SqlIdentifier)) {
            return;
        }
        SqlParserPos pos = window.getParserPosition();
        WindowKind kind = windowKind(window);
        SqlIdentifier time = (SqlIdentifier) window.operand(0);
        List<SqlNode> operands = new ArrayList<>();
        operands.add(SqlStdOperatorTable.EXPLICIT_TABLE.createCall(pos, table));
        operands.add(SqlStdOperatorTable.DESCRIPTOR.createCall(pos, simple(time)));
        if (kind == WindowKind.SESSION && !otherKeys.isEmpty()) {
            List<SqlNode> keys = new ArrayList<>();
            for (SqlNode key : otherKeys) {
                if (!(key instanceof SqlIdentifier)) {
                    return;
                }
                keys.add(simple((SqlIdentifier) key));
            }
            operands.add(SqlStdOperatorTable.DESCRIPTOR.createCall(pos, keys));
        }
        operands.addAll(window.getOperandList().subList(1, window.operandCount()));
        WindowTableFunction function = kind == WindowKind.TUMBLE ? WindowFunctions.TUMBLE
                : kind == WindowKind.HOP ? WindowFunctions.HOP : WindowFunctions.SESSION;
        SqlNode tvf = SqlStdOperatorTable.COLLECTION_TABLE.createCall(pos, function.createCall(pos, operands));
        String alias = from.getKind() == SqlKind.AS ? ((SqlIdentifier) ((SqlCall) from).operand(1)).getSimple()
                : ((SqlIdentifier) table).names.get(((SqlIdentifier) table).names.size() - 1);
        select.setFrom(SqlStdOperatorTable.AS.createCall(pos, tvf, new SqlIdentifier(alias, pos)));
        List<SqlNode> newGroup = new ArrayList<>(otherKeys);
        newGroup.add(new SqlIdentifier(WindowTableFunction.WINDOW_START, pos));
        newGroup.add(new SqlIdentifier(WindowTableFunction.WINDOW_END, pos));
        select.setGroupBy(new SqlNodeList(newGroup, group.getParserPosition()));
        select.setSelectList((SqlNodeList) select.getSelectList().accept(Auxiliaries.INSTANCE));
        if (select.getHaving() != null) {
            select.setHaving(select.getHaving().accept(Auxiliaries.INSTANCE));
        }
    }

    private static SqlIdentifier simple(SqlIdentifier id) {
        return new SqlIdentifier(id.names.get(id.names.size() - 1), id.getParserPosition());
    }

    private static WindowKind windowKind(SqlCall call) {
        switch (call.getOperator().getName().toUpperCase(Locale.ROOT)) {
            case "TUMBLE":
            case "$TUMBLE":
                return WindowKind.TUMBLE;
            case "HOP":
            case "$HOP":
                return WindowKind.HOP;
            case "SESSION":
            case "$SESSION":
                return WindowKind.SESSION;
            default:
                return null;
        }
    }

    /** Replaces {@code TUMBLE_START(...)} and the other auxiliary functions by the window columns. */
    private static final class Auxiliaries extends SqlShuttle {
        static final Auxiliaries INSTANCE = new Auxiliaries();

        @Override
        public SqlNode visit(SqlCall call) {
            String name = call.getOperator().getName().toUpperCase(Locale.ROOT);
            if (name.matches("(TUMBLE|HOP|SESSION)_(START|END|ROWTIME|PROCTIME)")) {
                String column = name.endsWith("_START") ? WindowTableFunction.WINDOW_START
                        : name.endsWith("_END") ? WindowTableFunction.WINDOW_END : WindowTableFunction.WINDOW_TIME;
                return new SqlIdentifier(column, call.getParserPosition());
            }
            return super.visit(call);
        }
    }
}
