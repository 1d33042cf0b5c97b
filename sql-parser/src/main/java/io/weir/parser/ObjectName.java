package io.weir.parser;

import java.util.List;
import java.util.stream.Collectors;

/** A possibly qualified name as written ({@code t}, {@code default_database.t}, {@code default_catalog.default_database.t}). */
public record ObjectName(List<String> parts) {
    public ObjectName {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.size() > 3) {
            throw new IllegalArgumentException("a name has 1 to 3 parts: " + parts);
        }
    }

    public static ObjectName of(String... parts) {
        return new ObjectName(List.of(parts));
    }

    /** The last part: the object's own name. */
    public String simpleName() {
        return parts.get(parts.size() - 1);
    }

    @Override
    public String toString() {
        return parts.stream().map(p -> "`" + p.replace("`", "``") + "`").collect(Collectors.joining("."));
    }
}
