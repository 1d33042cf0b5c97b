package io.weir.session;

import io.weir.checkpoint.CatalogObject;
import io.weir.checkpoint.CatalogStore;
import io.weir.checkpoint.ObjectKind;
import io.weir.checkpoint.ObjectPath;
import io.weir.parser.ObjectName;
import io.weir.parser.ScriptParser;
import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Statement;
import io.weir.planner.catalog.Catalog;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The planner's catalog over the metadata store, plus this session's temporary views (which shadow stored objects
 * of the same name). Stored objects are re-parsed from their DDL text, once per text.
 */
final class SessionCatalog implements Catalog {
    /** A temporary view: its statement and the columns validation gave it. */
    record TemporaryView(CreateView statement, RowType columns) {
    }

    private final CatalogStore store;
    private final ScriptParser parser;
    private final Map<String, Statement> parsed = new ConcurrentHashMap<>();
    private final Map<String, TemporaryView> temporaryViews = new HashMap<>();
    private CreateTable pending;

    SessionCatalog(CatalogStore store, ScriptParser parser) {
        this.store = store;
        this.parser = parser;
    }

    /** The stored path of a name as written; a qualified name must name the default catalog and database. */
    static ObjectPath path(ObjectName name) {
        List<String> parts = name.parts();
        if (parts.size() == 3 && !parts.get(0).equalsIgnoreCase(DEFAULT_CATALOG)) {
            throw SessionErrors.unknownCatalogOrDatabase(parts.get(0), DEFAULT_CATALOG);
        }
        if (parts.size() >= 2 && !parts.get(parts.size() - 2).equalsIgnoreCase(DEFAULT_DATABASE)) {
            throw SessionErrors.unknownCatalogOrDatabase(parts.get(parts.size() - 2), DEFAULT_DATABASE);
        }
        return new ObjectPath(DEFAULT_CATALOG, DEFAULT_DATABASE, name.simpleName());
    }

    static ObjectPath path(String name) {
        return new ObjectPath(DEFAULT_CATALOG, DEFAULT_DATABASE, name);
    }

    @Override
    public Optional<CreateTable> table(String name) {
        if (pending != null && pending.name().simpleName().equalsIgnoreCase(name)) {
            return Optional.of(pending);
        }
        if (temporaryViews.containsKey(ObjectPath.key(name))) {
            return Optional.empty();
        }
        return stored(name).filter(o -> o.kind() == ObjectKind.TABLE).map(o -> (CreateTable) statement(o));
    }

    @Override
    public Optional<CreateView> view(String name) {
        TemporaryView temporary = temporaryViews.get(ObjectPath.key(name));
        if (temporary != null) {
            return Optional.of(temporary.statement());
        }
        return stored(name).filter(o -> o.kind() == ObjectKind.VIEW).map(o -> (CreateView) statement(o));
    }

    @Override
    public List<String> tableNames() {
        Map<String, String> names = new TreeMap<>();
        for (CatalogObject object : store.list(DEFAULT_CATALOG, DEFAULT_DATABASE)) {
            names.put(ObjectPath.key(object.name()), object.name());
        }
        for (TemporaryView view : temporaryViews.values()) {
            names.put(ObjectPath.key(view.statement().name().simpleName()), view.statement().name().simpleName());
        }
        return List.copyOf(names.values());
    }

    Optional<CatalogObject> stored(String name) {
        return store.get(path(name));
    }

    /** Stores a new object in one transaction and remembers its statement. */
    void storeNew(CatalogObject object, Statement statement) {
        store.create(object);
        parsed.put(statement.text(), statement);
    }

    void drop(ObjectPath path) {
        store.drop(path);
    }

    Optional<TemporaryView> temporaryView(String name) {
        return Optional.ofNullable(temporaryViews.get(ObjectPath.key(name)));
    }

    List<TemporaryView> temporaryViews() {
        return new ArrayList<>(temporaryViews.values());
    }

    void addTemporaryView(TemporaryView view) {
        temporaryViews.put(ObjectPath.key(view.statement().name().simpleName()), view);
    }

    boolean dropTemporaryView(String name) {
        return temporaryViews.remove(ObjectPath.key(name)) != null;
    }

    /** Runs {@code action} with {@code table} visible as if it were stored, to describe it before it is. */
    <T> T withPending(CreateTable table, java.util.function.Supplier<T> action) {
        pending = table;
        try {
            return action.get();
        } finally {
            pending = null;
        }
    }

    /** The statement that defines a stored object. */
    Statement statement(CatalogObject object) {
        return parsed.computeIfAbsent(object.ddl(), ddl -> {
            List<Statement> statements = parser.parse(ddl);
            if (statements.size() != 1) {
                throw new WeirException(ErrorCode.INTERNAL_ERROR, "The stored definition of '" + object.name()
                        + "' holds " + statements.size() + " statements");
            }
            return statements.get(0);
        });
    }
}
