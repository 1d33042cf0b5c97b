package io.weir.runtime.connector;

import io.weir.runtime.sink.Sink;

/** A connector that tables can be written to. */
public interface SinkFactory extends ConnectorFactory {
    Sink createSink(ConnectorContext context);
}
