package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code SAVEPOINT 'id'}: takes a savepoint of a running job, which goes on running. */
public record TakeSavepoint(SourceSpan span, String text, String jobId) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
