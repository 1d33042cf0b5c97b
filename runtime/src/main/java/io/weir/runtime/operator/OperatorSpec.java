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
 * @param uid the operator's stable id, which names its state in checkpoints and matches it on restore; derived
 *     from the plan so that an unchanged operator keeps it when the query around it changes. {@code null}: the
 *     runtime derives one from the vertex id, the position in the chain and the name.
 */
public record OperatorSpec(String name, String description, Supplier<? extends Operator> factory,
        List<Integer> keyFields, String uid) {
    public OperatorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
        keyFields = List.copyOf(keyFields);
    }

    /** An operator keyed on {@code keyFields} (empty: not keyed) whose uid the runtime derives. */
    public OperatorSpec(String name, String description, Supplier<? extends Operator> factory,
            List<Integer> keyFields) {
        this(name, description, factory, keyFields, null);
    }

    /** An unkeyed operator. */
    public OperatorSpec(String name, String description, Supplier<? extends Operator> factory) {
        this(name, description, factory, List.of());
    }

    public OperatorSpec withUid(String value) {
        return new OperatorSpec(name, description, factory, keyFields, value);
    }

    public boolean isKeyed() {
        return !keyFields.isEmpty();
    }
}
