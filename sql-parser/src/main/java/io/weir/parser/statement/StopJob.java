package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code STOP JOB 'id' [WITH SAVEPOINT] [WITH DRAIN]}. */
public record StopJob(SourceSpan span, String text, String jobId, boolean withSavepoint, boolean withDrain) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
