package io.weir.checkpoint;

import java.util.Locale;
import java.util.Objects;

/** The full name of a table or view as written: catalog, database and the object's own name. */
public record ObjectPath(String catalog, String database, String name) {
    public ObjectPath {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(name, "name");
    }

    /** The key names are compared by: unquoted and quoted names alike match case-insensitively, as in Flink. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return catalog + "." + database + "." + name;
    }
}
