package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code SHOW SAVEPOINTS}. */
public record ShowSavepoints(SourceSpan span, String text) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
