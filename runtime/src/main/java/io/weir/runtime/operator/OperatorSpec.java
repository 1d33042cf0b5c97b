package io.weir.runtime.operator;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An operator of a vertex's chain: a name for plans and thread names, a description for EXPLAIN, a factory that
 * makes one instance per subtask, and the fields of its input rows it is keyed on (empty: not keyed).
 *
 * @param keyFields the indexes, in the operator's input rows, of its key; a keyed operator is the first of its
 *     vertex and every input edge of that vertex is {@code HASH} on the same fields
 */
public record OperatorSpec(String name, String description, Supplier<? extends Operator> factory, List<Integer> keyFields) {
    public OperatorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
        keyFields = List.copyOf(keyFields);
    }

    /** An unkeyed operator. */
    public OperatorSpec(String name, String description, Supplier<? extends Operator> factory) {
        this(name, description, factory, List.of());
    }

    public boolean isKeyed() {
        return !keyFields.isEmpty();
    }
}
