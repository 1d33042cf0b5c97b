package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code SET} alone: lists the session's options. */
public record ShowOptions(SourceSpan span, String text) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
