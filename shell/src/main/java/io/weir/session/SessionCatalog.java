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
import io.weir.planner.catalog.SystemTables;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The planner's catalog over the metadata store, plus this session's temporary views (which shadow stored objects
 * of the same name). Stored objects are re-parsed from their DDL text, once per text. It can record which temporary
 * views a statement's planning reads, so a job can be planned again without this session.
 */
final class SessionCatalog implements Catalog {
    /**
     * A temporary view: its statement, the columns validation gave it, and the keys ({@link ObjectPath#key}) of the
     * temporary views its validation read.
     */
    record TemporaryView(CreateView statement, RowType columns, Set<String> reads) {
        TemporaryView {
            reads = Set.copyOf(reads);
        }
    }

    private final CatalogStore store;
    private final ScriptParser parser;
    private final SystemTables systemTables;
    private final Map<String, Statement> parsed = new ConcurrentHashMap<>();
    private final Map<String, TemporaryView> temporaryViews = new HashMap<>();
    private CreateTable pending;
    /** While not {@code null}, the keys of the temporary views looked up, in the order of their first lookup. */
    private Set<String> temporaryReads;

    SessionCatalog(CatalogStore store, ScriptParser parser, SystemTables systemTables) {
        this.store = store;
        this.parser = parser;
        this.systemTables = systemTables;
    }

    SessionCatalog(CatalogStore store, ScriptParser parser) {
        this(store, parser, SystemTables.NONE);
    }

    @Override
    public SystemTables systemTables() {
        return systemTables;
    }

    /** The stored path of a name as written; a qualified name must name the default catalog and database. */
    static ObjectPath path(ObjectName name) {
        List<String> parts = name.parts();
        if (parts.size() >= 2 && parts.get(parts.size() - 2).equalsIgnoreCase(SystemTables.SCHEMA)) {
            throw SessionErrors.systemSchemaReadOnly(name.simpleName());
        }
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
            if (temporaryReads != null) {
                temporaryReads.add(ObjectPath.key(name));
            }
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

    /**
     * Runs {@code action}, adding to {@code reads} the key of every temporary view it looks up; planning looks up
     * the views a view reads too, so they are all there.
     */
    <T> T recordingTemporaryReads(Set<String> reads, Supplier<T> action) {
        Set<String> outer = temporaryReads;
        temporaryReads = reads;
        try {
            return action.get();
        } finally {
            temporaryReads = outer;
        }
    }

    /**
     * The statements of the temporary views named by {@code keys} (as {@link #recordingTemporaryReads} records them)
     * in dependency order: each after the temporary views it reads.
     */
    List<String> temporaryDefinitions(Set<String> keys) {
        List<String> ordered = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String key : keys) {
            addAfterItsReads(key, keys, visited, ordered);
        }
        return ordered;
    }

    private void addAfterItsReads(String key, Set<String> keys, Set<String> visited, List<String> ordered) {
        TemporaryView view = temporaryViews.get(key);
        if (view == null || !keys.contains(key) || !visited.add(key)) {
            return;
        }
        for (String read : new TreeSet<>(view.reads())) {
            addAfterItsReads(read, keys, visited, ordered);
        }
        ordered.add(view.statement().text());
    }

    /**
     * Runs {@code action} without this session's temporary views; the temporary views it creates are dropped when it
     * returns, and the session's are back.
     */
    <T> T withOwnTemporaryViews(Supplier<T> action) {
        Map<String, TemporaryView> saved = new HashMap<>(temporaryViews);
        temporaryViews.clear();
        try {
            return action.get();
        } finally {
            temporaryViews.clear();
            temporaryViews.putAll(saved);
        }
    }

    /** Runs {@code action} with {@code table} visible as if it were stored, to describe it before it is. */
    <T> T withPending(CreateTable table, Supplier<T> action) {
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
