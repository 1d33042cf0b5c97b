package io.weir.planner;

import io.weir.parser.SourceSpan;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;

/**
 * Finds where a query, as parsed, refers to a table by name, so an error about the table can point at its
 * reference: a name in FROM, a join, or {@code TABLE t} in a window function.
 */
final class TableReferences {
    private final String table;

    private TableReferences(String table) {
        this.table = table;
    }

    /** The place of the first reference to {@code table} in {@code query}, or {@link SourceSpan#UNKNOWN} (e.g. in a view). */
    static SourceSpan spanOf(SqlNode query, String table) {
        SqlNode found = new TableReferences(table).find(query, false);
        return found == null ? SourceSpan.UNKNOWN : SupportedConstructs.span(found.getParserPosition());
    }

    /** The first reference under {@code node}; {@code tablePosition} says whether a name there names a table. */
    private SqlNode find(SqlNode node, boolean tablePosition) {
        if (node == null) {
            return null;
        }
        if (node instanceof SqlIdentifier) {
            List<String> names = ((SqlIdentifier) node).names;
            return tablePosition && names.get(names.size() - 1).equalsIgnoreCase(table) ? node : null;
        }
        if (node instanceof SqlNodeList) {
            return first(((SqlNodeList) node).getList(), false);
        }
        if (node instanceof SqlSelect) {
            SqlSelect select = (SqlSelect) node;
            SqlNode found = find(select.getFrom(), true);
            return found != null ? found : first(Arrays.asList(select.getSelectList(), select.getWhere()), false);
        }
        if (node instanceof SqlJoin) {
            SqlJoin join = (SqlJoin) node;
            SqlNode found = find(join.getLeft(), true);
            return found != null ? found : find(join.getRight(), true);
        }
        if (!(node instanceof SqlCall)) {
            return null;
        }
        SqlCall call = (SqlCall) node;
        List<SqlNode> operands = call.getOperandList();
        if (call.getKind() == SqlKind.AS && !operands.isEmpty()) {
            return find(operands.get(0), tablePosition);
        }
        return first(operands, call.getKind() == SqlKind.EXPLICIT_TABLE);
    }

    private SqlNode first(List<SqlNode> nodes, boolean tablePosition) {
        for (SqlNode node : nodes) {
            SqlNode found = find(node, tablePosition);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
