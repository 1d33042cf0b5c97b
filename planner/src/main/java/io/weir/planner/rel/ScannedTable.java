package io.weir.planner.rel;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.ConnectorFactory;
import io.weir.runtime.connector.Options;
import io.weir.runtime.connector.SourceFactory;
import io.weir.runtime.source.Source;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A catalog table as a scan reads it: its name, physical columns, validated WITH options and its connector.
 *
 * @param connector the value of the {@code connector} option, for plans and vertex names
 */
public record ScannedTable(String name, RowType physicalType, Map<String, String> options, String connector,
        ConnectorFactory factory) {
    public ScannedTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(physicalType, "physicalType");
        options = Map.copyOf(options);
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * The connector's source reading the given physical columns, in that order. A table whose connector only writes
     * (print, blackhole) can be created and described; reading it fails here.
     */
    public Source createSource(List<Integer> projection) {
        if (!(factory instanceof SourceFactory)) {
            throw new WeirException(ErrorCode.UNSUPPORTED,
                    "Table '" + name + "' cannot be read: connector '" + connector + "' only writes");
        }
        return ((SourceFactory) factory).createSource(new ConnectorContext(name, physicalType, projection, new Options(options)));
    }
}
