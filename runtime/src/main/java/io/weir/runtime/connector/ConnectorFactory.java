package io.weir.runtime.connector;

import java.util.List;

/**
 * A connector, found through {@link java.util.ServiceLoader} under the value of a table's {@code 'connector'} option.
 * Implement {@link SourceFactory}, {@link SinkFactory} or both.
 */
public interface ConnectorFactory {
    /** The value of {@code 'connector'} that selects it, e.g. {@code datagen}. */
    String identifier();

    /**
     * Every option it accepts besides {@code connector}. A key may hold {@code #} for a column name
     * ({@code fields.#.kind}); WITH options are validated against this list and docs are generated from it.
     */
    List<ConfigOption<?>> options();
}
