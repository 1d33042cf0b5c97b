package io.weir.parser.statement;

import io.weir.parser.SourceSpan;
import java.util.Objects;

/** {@code SHOW CHECKPOINTS '<job id>'}: the retained checkpoints and savepoints of one job. */
public record ShowCheckpoints(SourceSpan span, String text, String jobId) implements Statement {
    public ShowCheckpoints {
        Objects.requireNonNull(jobId, "jobId");
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
