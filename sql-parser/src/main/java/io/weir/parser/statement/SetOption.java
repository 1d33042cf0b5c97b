package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code SET 'key' = 'value'}. */
public record SetOption(SourceSpan span, String text, String key, String value) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
