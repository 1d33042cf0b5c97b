package io.weir.session;

import io.weir.checkpoint.CatalogObject;
import io.weir.checkpoint.ObjectKind;
import io.weir.checkpoint.ObjectPath;
import io.weir.checkpoint.StoredColumn;
import io.weir.checkpoint.StoredOption;
import io.weir.parser.ObjectName;
import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Describe;
import io.weir.parser.statement.DropTable;
import io.weir.parser.statement.DropView;
import io.weir.parser.statement.ShowCreateTable;
import io.weir.parser.statement.ShowTables;
import io.weir.planner.Planner;
import io.weir.planner.catalog.Catalog;
import io.weir.planner.catalog.SystemTable;
import io.weir.planner.catalog.SystemTables;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Executes the statements that read or change the catalog: CREATE, DROP, SHOW TABLES/VIEWS/CREATE and DESCRIBE. */
final class CatalogStatements {
    private final SessionCatalog catalog;
    private final Planner planner;

    CatalogStatements(SessionCatalog catalog, Planner planner) {
        this.catalog = catalog;
        this.planner = planner;
    }

    StatementResult createTable(CreateTable statement) {
        ObjectPath path = SessionCatalog.path(statement.name());
        Optional<String> existing = existingName(path.name());
        if (existing.isPresent()) {
            return skipOrFail(statement.ifNotExists(), ObjectKind.TABLE, existing.get());
        }
        planner.validateTable(statement);
        RowType type = catalog.withPending(statement, () -> planner.describe(path.name()));
        List<StoredColumn> columns = new ArrayList<>();
        for (int i = 0; i < statement.columns().size(); i++) {
            CreateTable.Column column = statement.columns().get(i);
            DataType columnType = type.type(type.indexOf(column.name()));
            Optional<String> expression = column instanceof CreateTable.ComputedColumn
                    ? Optional.of(((CreateTable.ComputedColumn) column).expressionText()) : Optional.empty();
            columns.add(new StoredColumn(i, column.name(), columnType.typeName(), columnType.nullable(), expression,
                    column.comment()));
        }
        List<StoredOption> options = new ArrayList<>();
        for (Map.Entry<String, String> option : statement.options().entrySet()) {
            options.add(new StoredOption(option.getKey(), option.getValue()));
        }
        catalog.storeNew(new CatalogObject(path, ObjectKind.TABLE, statement.text(), statement.comment(), Instant.now(),
                columns, options, Optional.empty()), statement);
        return new StatementResult.Message("Table '" + path.name() + "' created");
    }

    StatementResult createView(CreateView statement) {
        ObjectPath path = SessionCatalog.path(statement.name());
        Optional<String> existing = statement.temporary()
                ? catalog.temporaryView(path.name()).map(v -> v.statement().name().simpleName())
                : existingName(path.name());
        if (existing.isPresent()) {
            return skipOrFail(statement.ifNotExists(), ObjectKind.VIEW, existing.get());
        }
        Set<String> reads = new LinkedHashSet<>();
        RowType type = catalog.recordingTemporaryReads(reads, () -> planner.validateView(statement));
        if (statement.temporary()) {
            catalog.addTemporaryView(new SessionCatalog.TemporaryView(statement, type, reads));
            return new StatementResult.Message("Temporary view '" + path.name() + "' created");
        }
        List<StoredColumn> columns = new ArrayList<>();
        for (int i = 0; i < type.arity(); i++) {
            DataType columnType = type.type(i);
            columns.add(new StoredColumn(i, type.name(i), columnType.typeName(), columnType.nullable(), Optional.empty(),
                    Optional.empty()));
        }
        catalog.storeNew(new CatalogObject(path, ObjectKind.VIEW, statement.text(), Optional.empty(), Instant.now(), columns,
                List.of(), Optional.of(statement.queryText())), statement);
        return new StatementResult.Message("View '" + path.name() + "' created");
    }

    private Optional<String> existingName(String name) {
        Optional<String> stored = catalog.stored(name).map(CatalogObject::name);
        return stored.isPresent() ? stored : catalog.temporaryView(name).map(v -> v.statement().name().simpleName());
    }

    private static StatementResult skipOrFail(boolean ifNotExists, ObjectKind kind, String existingName) {
        if (!ifNotExists) {
            throw SessionErrors.objectExists(kind, existingName);
        }
        return new StatementResult.Message(kind.displayName() + " '" + existingName + "' already exists, skipped");
    }

    StatementResult dropTable(DropTable statement) {
        return drop(statement.name(), ObjectKind.TABLE, statement.ifExists());
    }

    StatementResult dropView(DropView statement) {
        String name = SessionCatalog.path(statement.name()).name();
        Optional<SessionCatalog.TemporaryView> temporary = catalog.temporaryView(name);
        if (temporary.isPresent()) {
            catalog.dropTemporaryView(name);
            return new StatementResult.Message("Temporary view '" + temporary.get().statement().name().simpleName() + "' dropped");
        }
        return drop(statement.name(), ObjectKind.VIEW, statement.ifExists());
    }

    private StatementResult drop(ObjectName written, ObjectKind kind, boolean ifExists) {
        ObjectPath path = SessionCatalog.path(written);
        Optional<CatalogObject> found = catalog.stored(path.name());
        if (found.isEmpty()) {
            if (ifExists) {
                return new StatementResult.Message(kind.displayName() + " '" + path.name() + "' does not exist, skipped");
            }
            throw SessionErrors.unknownObject(kind, path.name(), catalog.tableNames());
        }
        if (found.get().kind() != kind) {
            throw SessionErrors.wrongKindDropped(found.get().kind(), found.get().name());
        }
        catalog.drop(path);
        return new StatementResult.Message(kind.displayName() + " '" + found.get().name() + "' dropped");
    }

    /** The user's tables and views, as Flink lists them, or with {@code FROM weir_system} the system tables. */
    StatementResult showTables(ShowTables statement) {
        if (statement.schema().isEmpty()) {
            return ResultTables.column("table name", catalog.tableNames());
        }
        List<String> parts = statement.schema().get().parts();
        String schema = parts.get(parts.size() - 1);
        boolean inDefaultCatalog = parts.size() == 1 || (parts.size() == 2
                && parts.get(0).equalsIgnoreCase(Catalog.DEFAULT_CATALOG));
        if (inDefaultCatalog && schema.equalsIgnoreCase(SystemTables.SCHEMA)) {
            return ResultTables.column("table name", catalog.systemTables().names());
        }
        if (inDefaultCatalog && schema.equalsIgnoreCase(Catalog.DEFAULT_DATABASE)) {
            return ResultTables.column("table name", catalog.tableNames());
        }
        throw SessionErrors.unknownSchema(String.join(".", parts));
    }

    StatementResult showViews() {
        List<String> names = new ArrayList<>();
        for (String name : catalog.tableNames()) {
            if (catalog.view(name).isPresent()) {
                names.add(name);
            }
        }
        return ResultTables.column("view name", names);
    }

    StatementResult showCreate(ShowCreateTable statement) {
        String name = SessionCatalog.path(statement.name()).name();
        Optional<SessionCatalog.TemporaryView> temporary = catalog.temporaryView(name);
        String ddl = temporary.isPresent() ? temporary.get().statement().text()
                : catalog.stored(name).map(CatalogObject::ddl)
                        .orElseThrow(() -> SessionErrors.unknownTableOrView(name, catalog.tableNames()));
        return ResultTables.column("result", List.of(ddl));
    }

    StatementResult describe(Describe statement) {
        List<String> parts = statement.name().parts();
        if (parts.size() >= 2 && parts.get(parts.size() - 2).equalsIgnoreCase(SystemTables.SCHEMA)) {
            return describeSystemTable(statement.name().simpleName());
        }
        String name = SessionCatalog.path(statement.name()).name();
        Optional<SessionCatalog.TemporaryView> temporary = catalog.temporaryView(name);
        List<StoredColumn> columns = new ArrayList<>();
        Optional<CreateTable> table = Optional.empty();
        if (temporary.isPresent()) {
            RowType type = temporary.get().columns();
            for (int i = 0; i < type.arity(); i++) {
                columns.add(new StoredColumn(i, type.name(i), type.type(i).typeName(), type.type(i).nullable(),
                        Optional.empty(), Optional.empty()));
            }
        } else {
            CatalogObject object = catalog.stored(name)
                    .orElseThrow(() -> SessionErrors.unknownTableOrView(name, catalog.tableNames()));
            columns.addAll(object.columns());
            if (object.kind() == ObjectKind.TABLE) {
                table = catalog.table(name);
            }
        }
        return describeRows(columns, table);
    }

    private StatementResult describeSystemTable(String name) {
        SystemTable table = catalog.systemTables().table(name)
                .orElseThrow(() -> SessionErrors.unknownTableOrView(SystemTables.SCHEMA + "." + name,
                        catalog.systemTables().names()));
        RowType type = table.columns();
        List<StoredColumn> columns = new ArrayList<>();
        for (int i = 0; i < type.arity(); i++) {
            columns.add(new StoredColumn(i, type.name(i), type.type(i).typeName(), type.type(i).nullable(),
                    Optional.empty(), Optional.empty()));
        }
        return describeRows(columns, Optional.empty());
    }

    /** Flink's DESCRIBE columns; a {@code comment} column follows only when some column has a comment. */
    private static StatementResult describeRows(List<StoredColumn> columns, Optional<CreateTable> table) {
        List<String> primaryKey = table.map(CreateTable::primaryKey).orElse(List.of());
        Optional<CreateTable.Watermark> watermark = table.flatMap(CreateTable::watermark);
        boolean comments = false;
        for (StoredColumn column : columns) {
            comments |= column.comment().isPresent();
        }
        List<Row> rows = new ArrayList<>();
        for (StoredColumn column : columns) {
            boolean rowtime = watermark.isPresent() && watermark.get().column().equalsIgnoreCase(column.name());
            boolean key = containsIgnoreCase(primaryKey, column.name());
            List<Object> values = new ArrayList<>(List.of(column.name(), column.typeText() + (rowtime ? " *ROWTIME*" : ""),
                    column.nullable()));
            values.add(key ? "PRI(" + String.join(", ", primaryKey) + ")" : null);
            values.add(computedExpression(table, column).map(e -> "AS " + e).orElse(null));
            values.add(rowtime ? ExpressionText.of(watermark.get().expression()) : null);
            if (comments) {
                values.add(column.comment().orElse(null));
            }
            rows.add(Row.of(values.toArray()));
        }
        DataType string = DataType.string();
        List<String> names = new ArrayList<>(List.of("name", "type", "null", "key", "extras", "watermark"));
        List<DataType> types = new ArrayList<>(List.of(string.withNullable(false), string.withNullable(false),
                ResultTables.bool(), string, string, string));
        if (comments) {
            names.add("comment");
            types.add(string);
        }
        return new StatementResult.Table(RowType.of(names, types), rows);
    }

    /** A computed column's expression as Flink shows it, from the table's definition (else as stored). */
    private static Optional<String> computedExpression(Optional<CreateTable> table, StoredColumn column) {
        if (table.isPresent()) {
            for (CreateTable.Column defined : table.get().columns()) {
                if (defined instanceof CreateTable.ComputedColumn && defined.name().equalsIgnoreCase(column.name())) {
                    return Optional.of(ExpressionText.of(((CreateTable.ComputedColumn) defined).expression()));
                }
            }
        }
        return column.expression();
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    List<String> columnNames(String name) {
        Optional<SessionCatalog.TemporaryView> temporary = catalog.temporaryView(name);
        if (temporary.isPresent()) {
            return temporary.get().columns().names();
        }
        return catalog.stored(name).map(o -> o.columns().stream().map(StoredColumn::name).toList()).orElse(List.of());
    }
}
