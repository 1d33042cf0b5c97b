/** The {@code blackhole} connector: a sink that discards every change. */
package io.weir.connector.blackhole;
