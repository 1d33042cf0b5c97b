package io.weir.runtime.operator;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An operator of a vertex's chain: a name for plans and thread names, a description for EXPLAIN,
 * and a factory that makes one instance per subtask.
 */
public record OperatorSpec(String name, String description, Supplier<? extends Operator> factory) {
    public OperatorSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(factory, "factory");
    }
}
