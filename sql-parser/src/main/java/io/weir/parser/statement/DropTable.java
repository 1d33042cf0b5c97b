package io.weir.parser.statement;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;

/** {@code DROP TABLE [IF EXISTS] name}. */
public record DropTable(SourceSpan span, String text, ObjectName name, boolean ifExists) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
