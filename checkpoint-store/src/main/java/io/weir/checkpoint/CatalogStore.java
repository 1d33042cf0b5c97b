package io.weir.checkpoint;

import java.util.List;
import java.util.Optional;

/**
 * The stored tables and views. Names match case-insensitively. Each method is one transaction: a call that
 * fails changes nothing. Safe to call from several threads.
 */
public interface CatalogStore {
    /**
     * Stores a new table or view with its columns and options.
     *
     * @throws io.weir.runtime.WeirException with {@code OBJECT_EXISTS} if a table or view of that name exists
     */
    void create(CatalogObject object);

    /** Removes the object and returns it, or returns empty if there is none of that name. */
    Optional<CatalogObject> drop(ObjectPath path);

    Optional<CatalogObject> get(ObjectPath path);

    /** The objects of one database, sorted by name. */
    List<CatalogObject> list(String catalog, String database);
}
