package io.weir.parser.statement;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;
import io.weir.parser.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;

/**
 * {@code CREATE TABLE [IF NOT EXISTS] name (columns, [WATERMARK FOR c AS expr], [PRIMARY KEY (k) NOT ENFORCED])
 * [COMMENT '...'] WITH ('k' = 'v', ...)}.
 *
 * @param options the WITH options in the order written
 */
public record CreateTable(SourceSpan span, String text, ObjectName name, boolean ifNotExists, List<Column> columns,
        Optional<Watermark> watermark, List<String> primaryKey, Optional<String> comment, Map<String, String> options)
        implements Statement {
    public CreateTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** A column: physical, with a type, or computed from an expression over other columns. */
    public sealed interface Column permits PhysicalColumn, ComputedColumn {
        String name();

        SourceSpan span();

        Optional<String> comment();
    }

    public record PhysicalColumn(String name, TypeSpec type, Optional<String> comment, SourceSpan span) implements Column {
        public PhysicalColumn {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** {@code name AS expression}; {@code expressionText} is the expression as written. */
    public record ComputedColumn(String name, SqlNode expression, String expressionText, Optional<String> comment,
            SourceSpan span) implements Column {
    }

    /** {@code WATERMARK FOR column AS expression}. */
    public record Watermark(String column, SqlNode expression, String expressionText, SourceSpan span) {
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
