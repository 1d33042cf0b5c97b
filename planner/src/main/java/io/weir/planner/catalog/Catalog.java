package io.weir.planner.catalog;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import java.util.List;
import java.util.Optional;

/**
 * The planner's view of the catalog {@code default_catalog.default_database}: tables and views by name,
 * matched case-insensitively, each as the statement that defines it. The session implements it over the metadata store.
 */
public interface Catalog {
    String DEFAULT_CATALOG = "default_catalog";
    String DEFAULT_DATABASE = "default_database";

    Optional<CreateTable> table(String name);

    Optional<CreateView> view(String name);

    /** Names of tables and views, sorted. */
    List<String> tableNames();

    /** The read-only tables of the {@code weir_system} schema; none unless the catalog has a metadata database. */
    default SystemTables systemTables() {
        return SystemTables.NONE;
    }
}
