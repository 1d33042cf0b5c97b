package io.weir.runtime.connector;

import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Objects;

/**
 * What a connector is given to make a source or sink for a table.
 *
 * @param tableName the table's name, for error messages
 * @param physicalType the table's physical columns (no computed columns), in declaration order
 * @param projection the indexes of the physical columns the query reads, in the order the source must emit them;
 *     for a sink, every column in order
 * @param options the table's WITH options, already validated against the factory's {@link ConnectorFactory#options()}
 */
public record ConnectorContext(String tableName, RowType physicalType, List<Integer> projection, Options options) {
    public ConnectorContext {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(physicalType, "physicalType");
        Objects.requireNonNull(options, "options");
        projection = List.copyOf(projection);
    }

    /** The type of the rows the source emits: the projected physical columns. */
    public RowType producedType() {
        return new RowType(projection.stream().map(i -> physicalType.fields().get(i)).toList());
    }
}
