package io.weir.planner;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;
import io.weir.parser.TypeSpec;
import io.weir.parser.WeirSqlParserConfig;
import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Query;
import io.weir.planner.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/** An in-memory catalog for tests, with helpers that build statements the way the script parser does. */
final class TestCatalog implements Catalog {
    private final Map<String, CreateTable> tables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, CreateView> views = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    @Override
    public Optional<CreateTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    @Override
    public Optional<CreateView> view(String name) {
        return Optional.ofNullable(views.get(name));
    }

    @Override
    public List<String> tableNames() {
        List<String> names = new ArrayList<>(tables.keySet());
        names.addAll(views.keySet());
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    TestCatalog add(CreateTable table) {
        tables.put(table.name().simpleName(), table);
        return this;
    }

    TestCatalog add(CreateView view) {
        views.put(view.name().simpleName(), view);
        return this;
    }

    static SqlNode parseQuery(String sql) {
        try {
            return SqlParser.create(sql, WeirSqlParserConfig.config()).parseQuery();
        } catch (SqlParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static SqlNode parseExpression(String sql) {
        try {
            return SqlParser.create(sql, WeirSqlParserConfig.config()).parseExpression();
        } catch (SqlParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Query query(String sql) {
        return new Query(SourceSpan.at(1, 1), sql, parseQuery(sql));
    }

    static Insert insert(String table, List<String> columns, String sql) {
        return new Insert(SourceSpan.at(1, 1), "INSERT INTO " + table + " " + sql, ObjectName.of(table), columns, false,
                parseQuery(sql));
    }

    static CreateView view(String name, String sql) {
        return new CreateView(SourceSpan.at(1, 1), sql, ObjectName.of(name), false, false, List.of(), parseQuery(sql), sql);
    }

    static TypeSpec type(String name, Integer... parameters) {
        return new TypeSpec(name, List.of(parameters), true, List.of(), SourceSpan.at(1, 1));
    }

    /** {@code ROW<name type, ...>} from alternating field names and types. */
    static TypeSpec rowType(Object... namesAndTypes) {
        List<TypeSpec.Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new TypeSpec.Field((String) namesAndTypes[i], (TypeSpec) namesAndTypes[i + 1]));
        }
        return new TypeSpec("ROW", List.of(), true, fields, SourceSpan.at(1, 1));
    }

    static CreateTable.Column column(String name, TypeSpec type) {
        return new CreateTable.PhysicalColumn(name, type, Optional.empty(), SourceSpan.at(1, 1));
    }

    static CreateTable.Column computed(String name, String expression) {
        return new CreateTable.ComputedColumn(name, parseExpression(expression), expression, Optional.empty(), SourceSpan.at(1, 1));
    }

    static CreateTable table(String name, Map<String, String> options, CreateTable.Column... columns) {
        return new CreateTable(SourceSpan.at(1, 1), "CREATE TABLE " + name, ObjectName.of(name), false, List.of(columns),
                Optional.empty(), List.of(), Optional.empty(), options);
    }

    /** A table with a {@code PRIMARY KEY (key) NOT ENFORCED}. */
    static CreateTable keyedTable(String name, Map<String, String> options, List<String> key,
            CreateTable.Column... columns) {
        return new CreateTable(SourceSpan.at(1, 1), "CREATE TABLE " + name, ObjectName.of(name), false, List.of(columns),
                Optional.empty(), key, Optional.empty(), options);
    }

    static Map<String, String> memory(String dataId) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("connector", "memory");
        options.put("data", dataId);
        return options;
    }
}
