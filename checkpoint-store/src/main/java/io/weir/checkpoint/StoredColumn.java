package io.weir.checkpoint;

import java.util.Objects;
import java.util.Optional;

/**
 * A column of a stored table or view, as the catalog lists it.
 *
 * @param position 0-based place in the object's columns
 * @param typeText the type as Flink prints it ({@code DECIMAL(10, 2)}); for a computed column, its derived type if known
 * @param expression for a computed column, the expression as written
 */
public record StoredColumn(int position, String name, String typeText, boolean nullable, Optional<String> expression,
        Optional<String> comment) {
    public StoredColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(typeText, "typeText");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(comment, "comment");
    }
}
