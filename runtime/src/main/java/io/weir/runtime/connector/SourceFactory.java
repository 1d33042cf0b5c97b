package io.weir.runtime.connector;

import io.weir.runtime.source.Source;

/** A connector that tables can be read from. */
public interface SourceFactory extends ConnectorFactory {
    Source createSource(ConnectorContext context);
}
