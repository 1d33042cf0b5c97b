package io.weir.runtime.internal.state;

import io.weir.runtime.type.RowType;
import java.util.Objects;

/**
 * The name and row types of one state of an operator, which a snapshot writes as its schema.
 *
 * @param mapKeyType the type of a map state's keys, {@code null} for value and list state
 */
public record StateDescriptor(String name, RowType mapKeyType, RowType valueType) {
    public StateDescriptor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueType, "valueType");
    }
}
