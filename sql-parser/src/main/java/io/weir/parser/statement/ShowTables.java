package io.weir.parser.statement;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code SHOW TABLES}, or {@code SHOW TABLES FROM schema} (also {@code IN}).
 *
 * @param schema the schema named after FROM or IN, as written; empty for the current database
 */
public record ShowTables(SourceSpan span, String text, Optional<ObjectName> schema) implements Statement {
    public ShowTables {
        Objects.requireNonNull(schema, "schema");
    }

    /** {@code SHOW TABLES} of the current database. */
    public ShowTables(SourceSpan span, String text) {
        this(span, text, Optional.empty());
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
