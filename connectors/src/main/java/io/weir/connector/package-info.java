/**
 * Weir's built-in connectors, one package each, found by {@link java.util.ServiceLoader} through
 * {@link io.weir.runtime.connector.ConnectorFactory}: {@code datagen}, {@code filesystem}, {@code print} and
 * {@code blackhole}. They use only the runtime's SPI; their user-facing errors are in {@link io.weir.connector.ConnectorErrors}.
 */
package io.weir.connector;
