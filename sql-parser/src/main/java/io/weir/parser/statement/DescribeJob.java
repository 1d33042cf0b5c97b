package io.weir.parser.statement;

import io.weir.parser.SourceSpan;

/** {@code DESCRIBE JOB 'id'} or {@code DESC JOB 'id'}: a job's status and metrics. */
public record DescribeJob(SourceSpan span, String text, String jobId) implements Statement {
    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
