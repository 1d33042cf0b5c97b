package io.weir.parser.statement;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;
import java.util.List;
import org.apache.calcite.sql.SqlNode;

/** {@code INSERT INTO|OVERWRITE target [(columns)] query}. */
public record Insert(SourceSpan span, String text, ObjectName target, List<String> columnNames, boolean overwrite, SqlNode query) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
