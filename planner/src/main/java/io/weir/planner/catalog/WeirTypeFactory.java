package io.weir.planner.catalog;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;

/**
 * Calcite's type factory with Weir's type system and UTF-16 as the character set of every string type, so that
 * string literals may hold any character (Calcite's default, ISO-8859-1, refuses '日本語'), as in Flink.
 */
public final class WeirTypeFactory extends JavaTypeFactoryImpl {
    public WeirTypeFactory() {
        super(WeirTypeSystem.INSTANCE);
    }

    @Override
    public Charset getDefaultCharset() {
        // Calcite knows UTF-16LE by this name; it does not know Java's "UTF-8".
        return StandardCharsets.UTF_16LE;
    }
}
