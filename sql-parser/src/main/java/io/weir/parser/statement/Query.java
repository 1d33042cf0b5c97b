package io.weir.parser.statement;

import io.weir.parser.SourceSpan;
import org.apache.calcite.sql.SqlNode;

/** A query ({@code SELECT}, {@code VALUES}, {@code WITH}, set operations), parsed by Calcite with positions in the script. */
public record Query(SourceSpan span, String text, SqlNode query) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
