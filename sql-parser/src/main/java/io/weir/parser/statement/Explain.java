package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code EXPLAIN [PLAN FOR] statement}, where the statement is a query or an INSERT. */
public record Explain(SourceSpan span, String text, Statement explained) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
