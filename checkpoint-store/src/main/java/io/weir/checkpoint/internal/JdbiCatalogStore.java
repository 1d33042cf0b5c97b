package io.weir.checkpoint.internal;

import io.weir.checkpoint.CatalogObject;
import io.weir.checkpoint.CatalogStore;
import io.weir.checkpoint.ObjectKind;
import io.weir.checkpoint.ObjectPath;
import io.weir.checkpoint.StoredColumn;
import io.weir.checkpoint.StoredOption;
import io.weir.runtime.WeirException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** The catalog tables of the metadata database, one transaction per call. */
final class JdbiCatalogStore implements CatalogStore {
    private static final String SELECT_OBJECT = "SELECT object_id, catalog_name, database_name, object_name, kind, ddl, "
            + "object_comment, created_at FROM catalog_objects ";

    private final Jdbi jdbi;

    JdbiCatalogStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A catalog_objects row before its columns, options and query are read. */
    private record ObjectRow(long id, ObjectPath path, ObjectKind kind, String ddl, Optional<String> comment,
            OffsetDateTime createdAt) {
    }

    @Override
    public void create(CatalogObject object) {
        try {
            jdbi.useTransaction(handle -> insert(handle, object));
        } catch (WeirException e) {
            throw e;
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed("store " + object.kind().displayName().toLowerCase(java.util.Locale.ROOT)
                    + " '" + object.name() + "'", e);
        }
    }

    private static void insert(Handle handle, CatalogObject object) {
        Optional<ObjectRow> existing = find(handle, object.path());
        if (existing.isPresent()) {
            throw StoreErrors.objectExists(existing.get().kind(), existing.get().path().name());
        }
        ObjectPath path = object.path();
        long id = handle.createUpdate("INSERT INTO catalog_objects (catalog_name, database_name, object_name, catalog_key, "
                        + "database_key, name_key, kind, ddl, object_comment, created_at) VALUES (:catalog, :database, :name, "
                        + ":catalogKey, :databaseKey, :nameKey, :kind, :ddl, :comment, :createdAt)")
                .bind("catalog", path.catalog())
                .bind("database", path.database())
                .bind("name", path.name())
                .bind("catalogKey", ObjectPath.key(path.catalog()))
                .bind("databaseKey", ObjectPath.key(path.database()))
                .bind("nameKey", ObjectPath.key(path.name()))
                .bind("kind", object.kind().name())
                .bind("ddl", object.ddl())
                .bind("comment", object.comment().orElse(null))
                .bindBySqlType("createdAt", OffsetDateTime.ofInstant(object.createdAt(), ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .executeAndReturnGeneratedKeys("object_id")
                .mapTo(Long.class)
                .one();
        for (StoredColumn column : object.columns()) {
            handle.createUpdate("INSERT INTO catalog_columns (object_id, position, column_name, type_text, nullable, "
                            + "expression, column_comment) VALUES (:id, :position, :name, :type, :nullable, :expression, :comment)")
                    .bind("id", id)
                    .bind("position", column.position())
                    .bind("name", column.name())
                    .bind("type", column.typeText())
                    .bind("nullable", column.nullable())
                    .bind("expression", column.expression().orElse(null))
                    .bind("comment", column.comment().orElse(null))
                    .execute();
        }
        int position = 0;
        for (StoredOption option : object.options()) {
            handle.createUpdate("INSERT INTO catalog_options (object_id, position, option_key, option_value) "
                            + "VALUES (:id, :position, :key, :value)")
                    .bind("id", id)
                    .bind("position", position++)
                    .bind("key", option.key())
                    .bind("value", option.value())
                    .execute();
        }
        if (object.viewQuery().isPresent()) {
            handle.createUpdate("INSERT INTO catalog_views (object_id, query_text) VALUES (:id, :query)")
                    .bind("id", id)
                    .bind("query", object.viewQuery().get())
                    .execute();
        }
    }

    @Override
    public Optional<CatalogObject> drop(ObjectPath path) {
        return call("drop '" + path.name() + "'", handle -> {
            Optional<ObjectRow> row = find(handle, path);
            if (row.isEmpty()) {
                return Optional.<CatalogObject>empty();
            }
            CatalogObject object = complete(handle, row.get());
            handle.createUpdate("DELETE FROM catalog_objects WHERE object_id = :id").bind("id", row.get().id()).execute();
            return Optional.of(object);
        });
    }

    @Override
    public Optional<CatalogObject> get(ObjectPath path) {
        return call("read '" + path.name() + "'", handle -> find(handle, path).map(row -> complete(handle, row)));
    }

    @Override
    public List<CatalogObject> list(String catalog, String database) {
        return call("list the catalog", handle -> {
            List<ObjectRow> rows = handle.createQuery(SELECT_OBJECT + "WHERE catalog_key = :catalog AND database_key = :database "
                            + "ORDER BY name_key, object_name")
                    .bind("catalog", ObjectPath.key(catalog))
                    .bind("database", ObjectPath.key(database))
                    .map((rs, ctx) -> objectRow(rs))
                    .list();
            List<CatalogObject> objects = new ArrayList<>(rows.size());
            for (ObjectRow row : rows) {
                objects.add(complete(handle, row));
            }
            return objects;
        });
    }

    private <T> T call(String action, org.jdbi.v3.core.HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.inTransaction(callback);
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed(action, e);
        }
    }

    private static Optional<ObjectRow> find(Handle handle, ObjectPath path) {
        return handle.createQuery(SELECT_OBJECT + "WHERE catalog_key = :catalog AND database_key = :database AND name_key = :name")
                .bind("catalog", ObjectPath.key(path.catalog()))
                .bind("database", ObjectPath.key(path.database()))
                .bind("name", ObjectPath.key(path.name()))
                .map((rs, ctx) -> objectRow(rs))
                .findOne();
    }

    private static ObjectRow objectRow(ResultSet rs) throws SQLException {
        return new ObjectRow(rs.getLong("object_id"),
                new ObjectPath(rs.getString("catalog_name"), rs.getString("database_name"), rs.getString("object_name")),
                ObjectKind.valueOf(rs.getString("kind")), rs.getString("ddl"), Optional.ofNullable(rs.getString("object_comment")),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static CatalogObject complete(Handle handle, ObjectRow row) {
        List<StoredColumn> columns = handle.createQuery("SELECT position, column_name, type_text, nullable, expression, "
                        + "column_comment FROM catalog_columns WHERE object_id = :id ORDER BY position")
                .bind("id", row.id())
                .map((rs, ctx) -> new StoredColumn(rs.getInt("position"), rs.getString("column_name"), rs.getString("type_text"),
                        rs.getBoolean("nullable"), Optional.ofNullable(rs.getString("expression")),
                        Optional.ofNullable(rs.getString("column_comment"))))
                .list();
        List<StoredOption> options = handle.createQuery("SELECT option_key, option_value FROM catalog_options "
                        + "WHERE object_id = :id ORDER BY position")
                .bind("id", row.id())
                .map((rs, ctx) -> new StoredOption(rs.getString("option_key"), rs.getString("option_value")))
                .list();
        Optional<String> query = handle.createQuery("SELECT query_text FROM catalog_views WHERE object_id = :id")
                .bind("id", row.id())
                .mapTo(String.class)
                .findOne();
        return new CatalogObject(row.path(), row.kind(), row.ddl(), row.comment(), row.createdAt().toInstant(), columns,
                options, query);
    }
}
