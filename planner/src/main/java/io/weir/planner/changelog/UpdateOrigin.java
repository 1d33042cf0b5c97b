package io.weir.planner.changelog;

import io.weir.parser.SourceSpan;
import java.util.Objects;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The construct of a query that makes its result updating, to name it in an error: {@code GROUP BY},
 * {@code SELECT DISTINCT}, or an aggregate function without GROUP BY, with its place in the script.
 *
 * @param construct the construct as written, e.g. {@code GROUP BY} or {@code COUNT}
 */
public record UpdateOrigin(String construct, SourceSpan span) {
    public UpdateOrigin {
        Objects.requireNonNull(construct, "construct");
        Objects.requireNonNull(span, "span");
    }

    /** The first construct of {@code query} that produces updates, or {@code null} if it has none. */
    public static UpdateOrigin find(SqlNode query) {
        if (query == null) {
            return null;
        }
        if (query instanceof SqlSelect) {
            return select((SqlSelect) query);
        }
        if (query instanceof SqlNodeList) {
            return first((SqlNodeList) query);
        }
        if (query instanceof SqlCall && query.getKind() != SqlKind.OVER) {
            for (SqlNode operand : ((SqlCall) query).getOperandList()) {
                UpdateOrigin origin = find(operand);
                if (origin != null) {
                    return origin;
                }
            }
        }
        return null;
    }

    private static UpdateOrigin first(SqlNodeList nodes) {
        for (SqlNode node : nodes) {
            UpdateOrigin origin = find(node);
            if (origin != null) {
                return origin;
            }
        }
        return null;
    }

    private static UpdateOrigin select(SqlSelect select) {
        UpdateOrigin inner = find(select.getFrom());
        if (inner != null) {
            return inner;
        }
        if (select.getGroup() != null && select.getGroup().size() > 0) {
            return new UpdateOrigin("GROUP BY", span(select.getGroup().getParserPosition()));
        }
        if (select.isDistinct()) {
            return new UpdateOrigin("SELECT DISTINCT", span(select.getParserPosition()));
        }
        SqlCall aggregate = aggregateCall(select.getSelectList());
        return aggregate == null ? null
                : new UpdateOrigin(aggregate.getOperator().getName(), span(aggregate.getParserPosition()));
    }

    private static SqlCall aggregateCall(SqlNode node) {
        if (node instanceof SqlNodeList) {
            for (SqlNode item : (SqlNodeList) node) {
                SqlCall found = aggregateCall(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!(node instanceof SqlCall) || node.getKind() == SqlKind.OVER || node instanceof SqlSelect) {
            return null;
        }
        SqlCall call = (SqlCall) node;
        if (call.getOperator() instanceof SqlAggFunction) {
            return call;
        }
        for (SqlNode operand : call.getOperandList()) {
            SqlCall found = aggregateCall(operand);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static SourceSpan span(SqlParserPos pos) {
        if (pos == null || pos.getLineNum() <= 0) {
            return SourceSpan.UNKNOWN;
        }
        return new SourceSpan(pos.getLineNum(), pos.getColumnNum(), Math.max(pos.getEndLineNum(), pos.getLineNum()),
                pos.getEndColumnNum());
    }
}
