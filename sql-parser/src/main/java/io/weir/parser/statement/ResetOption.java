package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code RESET 'key'}, or {@code RESET} alone (key null) for every option. */
public record ResetOption(SourceSpan span, String text, String key) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
