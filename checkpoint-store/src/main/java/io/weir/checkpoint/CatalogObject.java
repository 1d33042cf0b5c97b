package io.weir.checkpoint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table or view as the metadata database keeps it. The DDL is the statement exactly as the user wrote it,
 * from which the session re-parses the definition; the columns, options and view query are kept beside it for
 * the system tables.
 *
 * @param viewQuery the query text of a view; empty for a table
 */
public record CatalogObject(ObjectPath path, ObjectKind kind, String ddl, Optional<String> comment, Instant createdAt,
        List<StoredColumn> columns, List<StoredOption> options, Optional<String> viewQuery) {
    public CatalogObject {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ddl, "ddl");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(createdAt, "createdAt");
        columns = List.copyOf(columns);
        options = List.copyOf(options);
        Objects.requireNonNull(viewQuery, "viewQuery");
        if ((kind == ObjectKind.VIEW) != viewQuery.isPresent()) {
            throw new IllegalArgumentException(kind + " " + path + " with view query " + viewQuery);
        }
    }

    public String name() {
        return path.name();
    }
}
