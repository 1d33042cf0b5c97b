package io.weir.parser.statement;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;

/** {@code SHOW CREATE TABLE name} (and {@code SHOW CREATE VIEW name}). */
public record ShowCreateTable(SourceSpan span, String text, ObjectName name) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
