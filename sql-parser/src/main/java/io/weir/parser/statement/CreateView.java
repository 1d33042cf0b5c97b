package io.weir.parser.statement;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/** {@code CREATE [TEMPORARY] VIEW [IF NOT EXISTS] name [(columns)] AS query}. */
public record CreateView(SourceSpan span, String text, ObjectName name, boolean ifNotExists, boolean temporary, List<String> columnNames, SqlNode query, String queryText) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
