package io.weir.parser.statement;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;

/** {@code DESCRIBE name} or {@code DESC name}. */
public record Describe(SourceSpan span, String text, ObjectName name) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
