package io.weir.session;

import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;

/**
 * Renders a DDL expression as Flink shows it in DESCRIBE: names back-quoted, keywords and literals in SQL's
 * canonical form ({@code `ts` - INTERVAL '5' SECOND}).
 */
final class ExpressionText {
    private static final SqlDialect FLINK_LIKE = new SqlDialect(SqlDialect.EMPTY_CONTEXT
            .withIdentifierQuoteString("`")
            .withUnquotedCasing(Casing.UNCHANGED)
            .withQuotedCasing(Casing.UNCHANGED));

    private ExpressionText() {
    }

    static String of(SqlNode expression) {
        return expression.toSqlString(FLINK_LIKE).getSql();
    }
}
