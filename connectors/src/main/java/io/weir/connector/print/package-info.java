/** The {@code print} connector: a sink that prints each change as Flink's print connector does. */
package io.weir.connector.print;
