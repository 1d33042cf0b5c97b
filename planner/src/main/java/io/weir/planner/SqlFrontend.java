package io.weir.planner;

import io.weir.parser.SourceSpan;
import io.weir.parser.WeirSqlParserConfig;
import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.planner.catalog.Catalog;
import io.weir.planner.catalog.CatalogSchema;
import io.weir.planner.catalog.CheckpointStateFunction;
import io.weir.planner.catalog.SystemSchema;
import io.weir.planner.catalog.SystemTables;
import io.weir.planner.catalog.TableResolver;
import io.weir.planner.catalog.TypeMapping;
import io.weir.planner.catalog.WeirTypeFactory;
import io.weir.planner.functions.WeirFunctions;
import io.weir.planner.rel.ScannedTable;
import io.weir.planner.rel.WeirTableScan;
import io.weir.planner.window.GroupWindowRewrite;
import io.weir.planner.window.SessionPartitionRewrite;
import io.weir.runtime.WeirException;
import io.weir.runtime.connector.ConnectorFactory;
import io.weir.runtime.connector.ConnectorRegistry;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;

/**
 * Validates SQL against the catalog with Calcite and converts it to relational expressions: the tables' scans
 * (with computed columns expanded) and views come from here.
 */
final class SqlFrontend implements TableResolver {
    private final Catalog catalog;
    private final ConnectorRegistry connectors;
    private final JavaTypeFactory typeFactory = new WeirTypeFactory();
    private final CatalogSchema database;
    private final CalciteCatalogReader catalogReader;
    private final Map<CreateTable, RelDataType> tableTypes = new IdentityHashMap<>();
    /** The system table functions ({@code checkpoint_state}), looked up after Weir's functions. */
    private final SqlOperatorTable systemFunctions;
    /** The mode of the statement being planned, which decides what queries (and the views they read) may use. */
    private RuntimeMode runtimeMode = RuntimeMode.STREAMING;

    SqlFrontend(Catalog catalog, ConnectorRegistry connectors) {
        this.catalog = catalog;
        this.connectors = connectors;
        this.database = new CatalogSchema(catalog, this);
        SchemaPlus root = CalciteSchema.createRootSchema(false, false).plus();
        SchemaPlus defaultCatalog = root.add(Catalog.DEFAULT_CATALOG, new AbstractSchema());
        defaultCatalog.add(Catalog.DEFAULT_DATABASE, database);
        defaultCatalog.add(SystemTables.SCHEMA, new SystemSchema(catalog.systemTables()));
        this.systemFunctions = SqlOperatorTables.of(new CheckpointStateFunction(catalog.systemTables()).operator());
        this.catalogReader = new PathsCatalogReader(CalciteSchema.from(root), List.of(
                List.of(Catalog.DEFAULT_CATALOG, Catalog.DEFAULT_DATABASE), List.of(Catalog.DEFAULT_CATALOG), List.of()),
                typeFactory);
    }

    JavaTypeFactory typeFactory() {
        return typeFactory;
    }

    ConnectorRegistry connectors() {
        return connectors;
    }

    Catalog catalog() {
        return catalog;
    }

    /** A new cluster whose planner runs no rules; the optimiser runs its own programs on the trees made in it. */
    RelOptCluster newCluster(ZoneId timeZone) {
        HepPlanner planner = new HepPlanner(HepProgram.builder().build());
        planner.setExecutor(new SafeRexExecutor(typeFactory, timeZone));
        return RelOptCluster.create(planner, new WeirRexBuilder(typeFactory));
    }

    /** A cluster for DDL and DESCRIBE, which fold constants in the JVM's time zone. */
    RelOptCluster newCluster() {
        return newCluster(ZoneId.systemDefault());
    }

    private static CalciteConnectionConfigImpl connectionConfig() {
        Properties properties = new Properties();
        properties.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "false");
        return new CalciteConnectionConfigImpl(properties);
    }

    /**
     * A validator set up as Flink's: the parser's conformance, identifiers expanded to their qualified form, NULLs
     * sorting first, and no implicit type coercion (Flink turns Calcite's off and casts only where its own rules say).
     */
    SqlValidator newValidator(CalciteCatalogReader reader) {
        return new WeirSqlValidator(SqlOperatorTables.chain(WeirFunctions.operatorTable(), systemFunctions), reader,
                typeFactory,
                SqlValidator.Config.DEFAULT
                        .withConformance(WeirSqlParserConfig.conformance())
                        .withTypeCoercionEnabled(false)
                        .withTypeCoercionRules(CastRules.INSTANCE)
                        .withIdentifierExpansion(true)
                        .withDefaultNullCollation(NullCollation.LOW));
    }

    SqlValidator newValidator() {
        return newValidator(catalogReader);
    }

    /** A validated query: the copy of the tree that was validated, and its validator. */
    record Validated(SqlNode node, SqlValidator validator) {
        RelDataType rowType() {
            return validator.getValidatedNodeType(node);
        }
    }

    /** Sets the runtime mode of the statements planned next. */
    void runtimeMode(RuntimeMode mode) {
        this.runtimeMode = mode;
    }

    /** Validates a query (a copy of it: the statement's tree is left as parsed) and checks it is supported. */
    Validated validateQuery(SqlNode query) {
        SqlValidator validator = newValidator();
        SqlNode copy = GroupWindowRewrite.rewrite(SessionPartitionRewrite.rewrite(SqlTreeCopy.of(query)));
        SqlNode validated;
        try {
            validated = validator.validate(copy);
        } catch (CalciteContextException e) {
            throw ValidationFailures.translate(e, copy, validator, catalog);
        }
        SupportedConstructs.check(validated, validator, runtimeMode);
        return new Validated(validated, validator);
    }

    /** Converts a validated query in the cluster; the result has exactly the query's columns. */
    RelNode convert(Validated validated, RelOptCluster cluster) {
        SqlToRelConverter converter = new SqlToRelConverter(
                (rowType, queryString, schemaPath, viewPath) -> {
                    throw new IllegalStateException("views expand through the schema, not by text: " + viewPath);
                },
                validated.validator(), catalogReader, cluster, StandardConvertletTable.INSTANCE,
                SqlToRelConverter.config().withTrimUnusedFields(false).withExpand(false));
        RelRoot root = converter.convertQuery(validated.node(), false, true);
        return root.project();
    }

    @Override
    public RelDataType tableRowType(CreateTable table) {
        RelDataType cached = tableTypes.get(table);
        if (cached != null) {
            return cached;
        }
        RelOptCluster cluster = newCluster();
        RelDataType type = tableScan(table, cluster).getRowType();
        tableTypes.put(table, type);
        return type;
    }

    /** The table's physical columns, as the runtime types them. */
    RowType physicalType(CreateTable table) {
        List<DataType.Field> fields = new ArrayList<>();
        for (CreateTable.Column column : table.columns()) {
            if (column instanceof CreateTable.PhysicalColumn) {
                CreateTable.PhysicalColumn physical = (CreateTable.PhysicalColumn) column;
                RelDataType type = TypeMapping.toRelType(physical.type(), typeFactory);
                if (table.primaryKey().stream().anyMatch(k -> k.equalsIgnoreCase(column.name()))) {
                    type = typeFactory.createTypeWithNullability(type, false);
                }
                fields.add(new DataType.Field(column.name(), TypeMapping.toDataType(type)));
            }
        }
        return new RowType(fields);
    }

    /** The table's connector, with its options checked. */
    ScannedTable scannedTable(CreateTable table) {
        String name = table.name().simpleName();
        RowType physical = physicalType(table);
        ConnectorFactory factory;
        try {
            factory = connectors.validate(name, table.options(), physical);
        } catch (ValidationException e) {
            throw e;
        } catch (WeirException e) {
            throw PlannerErrors.badConnector(table.span(), name, e);
        }
        return new ScannedTable(name, physical, table.options(), factory.identifier(), factory);
    }

    @Override
    public RelNode tableScan(CreateTable table, RelOptCluster cluster) {
        WeirTableScan scan = WeirTableScan.of(cluster, scannedTable(table));
        List<CreateTable.ComputedColumn> computed = new ArrayList<>();
        for (CreateTable.Column column : table.columns()) {
            if (column instanceof CreateTable.ComputedColumn) {
                computed.add((CreateTable.ComputedColumn) column);
            }
        }
        if (computed.isEmpty()) {
            return table.watermark().isEmpty() ? scan : scan.withWatermark(convertExpressions(table.name().simpleName(),
                    scan.getRowType(), List.of(table.watermark().get().expression()), List.of("watermark"), cluster).get(0));
        }
        List<RexNode> computedExpressions = convertExpressions(table.name().simpleName(), scan.getRowType(),
                computed.stream().map(CreateTable.ComputedColumn::expression).toList(),
                computed.stream().map(CreateTable.ComputedColumn::name).toList(), cluster);
        RexBuilder rexBuilder = cluster.getRexBuilder();
        List<RexNode> projects = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int physicalIndex = 0;
        int computedIndex = 0;
        for (CreateTable.Column column : table.columns()) {
            names.add(column.name());
            if (column instanceof CreateTable.PhysicalColumn) {
                projects.add(rexBuilder.makeInputRef(scan, physicalIndex++));
            } else {
                projects.add(computedExpressions.get(computedIndex++));
            }
        }
        LogicalProject columns = LogicalProject.create(scan, List.of(), projects, names, java.util.Set.of());
        if (table.watermark().isEmpty()) {
            return columns;
        }
        RexNode watermark = convertExpressions(table.name().simpleName(), columns.getRowType(),
                List.of(table.watermark().get().expression()), List.of("watermark"), cluster).get(0);
        // Computed columns expanded, so the source can evaluate the watermark on the rows it reads.
        RexNode overScan = RelOptUtil.pushPastProject(watermark, columns);
        return columns.copy(columns.getTraitSet(), scan.withWatermark(overScan), projects, columns.getRowType());
    }

    /**
     * Validates expressions over the columns of {@code rowType}, as if they were the select list of a query on a
     * table named {@code tableName} with those columns, and converts them to expressions over those columns.
     */
    List<RexNode> convertExpressions(String tableName, RelDataType rowType, List<SqlNode> expressions, List<String> names,
            RelOptCluster cluster) {
        SchemaPlus root = CalciteSchema.createRootSchema(false, false).plus();
        root.add(tableName, new AbstractTable() {
            @Override
            public RelDataType getRowType(org.apache.calcite.rel.type.RelDataTypeFactory factory) {
                return rowType;
            }
        });
        CalciteCatalogReader reader = new PathsCatalogReader(CalciteSchema.from(root), List.of(List.of()), typeFactory);
        SqlValidator validator = newValidator(reader);
        List<SqlNode> items = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            SqlNode expression = SqlTreeCopy.of(expressions.get(i));
            items.add(SqlStdOperatorTable.AS.createCall(expression.getParserPosition(), expression,
                    new SqlIdentifier(names.get(i), SqlParserPos.ZERO)));
        }
        SqlSelect select = new SqlSelect(SqlParserPos.ZERO, null, new SqlNodeList(items, SqlParserPos.ZERO),
                new SqlIdentifier(tableName, SqlParserPos.ZERO), null, null, null, null, null, null, null, null, null);
        SqlNode validated;
        try {
            validated = validator.validate(select);
        } catch (CalciteContextException e) {
            throw ValidationFailures.translate(e, select, validator, catalog);
        }
        SupportedConstructs.check(validated, validator, RuntimeMode.STREAMING);
        SqlToRelConverter converter = new SqlToRelConverter(
                (type, queryString, schemaPath, viewPath) -> {
                    throw new IllegalStateException("no views in expressions");
                },
                validator, reader, cluster, StandardConvertletTable.INSTANCE,
                SqlToRelConverter.config().withTrimUnusedFields(false).withExpand(false));
        RelNode rel = converter.convertQuery(validated, false, true).project();
        if (!(rel instanceof LogicalProject)) {
            throw new IllegalStateException("expressions of table " + tableName + " converted to " + RelOptUtil.toString(rel));
        }
        return ((LogicalProject) rel).getProjects();
    }

    @Override
    public RelDataType viewRowType(CreateView view) {
        RelDataType type = validateQuery(view.query()).rowType();
        return view.columnNames().isEmpty() ? type
                : typeFactory.createStructType(type.getFieldList().stream().map(f -> f.getType()).toList(), view.columnNames());
    }

    @Override
    public RelNode expandView(CreateView view, RelOptCluster cluster) {
        RelNode rel = convert(validateQuery(view.query()), cluster);
        return view.columnNames().isEmpty() ? rel : RelOptUtil.createRename(rel, view.columnNames());
    }

    /** Names of the tables and views queries looked up, for error suggestions. */
    List<String> tableNames() {
        return catalog.tableNames();
    }

    static SourceSpan span(SqlNode node) {
        return SupportedConstructs.span(node.getParserPosition());
    }

    /** A catalog reader that resolves names against several schema paths (e.g. {@code default_database.t}). */
    private static final class PathsCatalogReader extends CalciteCatalogReader {
        PathsCatalogReader(CalciteSchema root, List<List<String>> paths, JavaTypeFactory typeFactory) {
            super(root, SqlNameMatchers.withCaseSensitive(false), paths, typeFactory, connectionConfig());
        }
    }
}
