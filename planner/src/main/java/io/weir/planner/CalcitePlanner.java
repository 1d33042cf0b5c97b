package io.weir.planner;

import io.weir.parser.SourceSpan;
import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Explain;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Query;
import io.weir.parser.statement.Statement;
import io.weir.planner.catalog.Catalog;
import io.weir.planner.catalog.TypeMapping;
import io.weir.planner.codegen.CalcCompiler;
import io.weir.planner.rel.ScannedTable;
import io.weir.planner.rules.Optimizer;
import io.weir.planner.translate.DataflowTranslator;
import io.weir.planner.translate.PhysicalPlan;
import io.weir.runtime.connector.ConnectorRegistry;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.sql.SqlNode;

/** The planner: Calcite validation against the catalog, Weir's rules, code generation and translation to a dataflow. */
final class CalcitePlanner implements Planner {
    private final SqlFrontend frontend;
    private final TableValidator tableValidator;
    private final InsertPlanner insertPlanner;

    CalcitePlanner(Catalog catalog) {
        this(catalog, ConnectorRegistry.load());
    }

    CalcitePlanner(Catalog catalog, ConnectorRegistry connectors) {
        this.frontend = new SqlFrontend(catalog, connectors);
        this.tableValidator = new TableValidator(frontend);
        this.insertPlanner = new InsertPlanner(frontend);
    }

    @Override
    public void validateTable(CreateTable table) {
        tableValidator.validate(table);
    }

    @Override
    public RowType validateView(CreateView view) {
        // A view may sort or limit: whether that runs is decided by the mode of each query that reads it.
        frontend.runtimeMode(RuntimeMode.BATCH);
        return TypeMapping.toRowType(frontend.viewRowType(view));
    }

    @Override
    public RowType describe(String tableOrView) {
        Catalog catalog = frontend.catalog();
        Optional<CreateTable> table = catalog.table(tableOrView);
        if (table.isPresent()) {
            return TypeMapping.toRowType(frontend.tableRowType(table.get()));
        }
        Optional<CreateView> view = catalog.view(tableOrView);
        if (view.isPresent()) {
            return TypeMapping.toRowType(frontend.viewRowType(view.get()));
        }
        throw PlannerErrors.unknownTable(SourceSpan.UNKNOWN, tableOrView, catalog.tableNames());
    }

    @Override
    public PlannedQuery planQuery(Query query, PlannerOptions options) {
        StatementPlan plan = planQueryStatement(query, options);
        return new PlannedQuery(plan.resultType(), !plan.physical().resultMode().isInsertOnly(),
                plan.physical().bounded(), plan.physical()::dataflow);
    }

    @Override
    public PlannedQuery planInsert(Insert insert, PlannerOptions options) {
        StatementPlan plan = planInsertStatement(insert, options);
        return new PlannedQuery(plan.resultType(), !plan.physical().resultMode().isInsertOnly(),
                plan.physical().bounded(), plan.physical()::dataflow);
    }

    @Override
    public String explain(Explain explain, PlannerOptions options) {
        Statement explained = explain.explained();
        StatementPlan plan;
        if (explained instanceof Query) {
            plan = planQueryStatement((Query) explained, options);
        } else if (explained instanceof Insert) {
            plan = planInsertStatement((Insert) explained, options);
        } else {
            throw PlannerErrors.notExplainable(explain.span());
        }
        return "== Optimized Logical Plan ==\n" + PlanPrinter.print(plan.optimized(), plan.physical().nodeModes())
                + "\n== Physical Dataflow ==\n" + plan.physical().explain(new ResultSinkPlaceholder());
    }

    private StatementPlan planQueryStatement(Query query, PlannerOptions options) {
        frontend.runtimeMode(options.runtimeMode());
        SqlFrontend.Validated validated = frontend.validateQuery(query.query());
        RelOptCluster cluster = frontend.newCluster(options.localTimeZone());
        RelNode rel = frontend.convert(validated, cluster);
        RowType resultType = TypeMapping.toRowType(validated.rowType());
        return optimizeAndTranslate(rel, resultType, options, query.query());
    }

    private StatementPlan planInsertStatement(Insert insert, PlannerOptions options) {
        frontend.runtimeMode(options.runtimeMode());
        RelOptCluster cluster = frontend.newCluster(options.localTimeZone());
        RelNode rel = insertPlanner.convert(insert, cluster);
        RowType resultType = TypeMapping.toRowType(rel.getInput(0).getRowType());
        return optimizeAndTranslate(rel, resultType, options, insert.query());
    }

    /** The Java source generated for a query's expressions, one class per Calc or pushed-down filter. */
    List<String> generatedSources(Query query, PlannerOptions options) {
        return planQueryStatement(query, options).compiler().sources();
    }

    /**
     * Optimises and translates a converted statement; in batch mode, first checks that every table it reads is
     * bounded, naming the first that is not where {@code query} refers to it.
     */
    private StatementPlan optimizeAndTranslate(RelNode rel, RowType resultType, PlannerOptions options, SqlNode query) {
        RuntimeMode mode = options.runtimeMode();
        RelNode optimized = Optimizer.optimize(rel);
        CalcCompiler compiler = new CalcCompiler(frontend.typeFactory(), options.localTimeZone());
        PhysicalPlan physical = new DataflowTranslator(compiler, options.parallelism(), mode).translate(optimized);
        if (mode == RuntimeMode.BATCH && !physical.unboundedTables().isEmpty()) {
            ScannedTable table = physical.unboundedTables().get(0);
            throw PlannerErrors.unboundedSourceInBatchMode(TableReferences.spanOf(query, table.name()), table.name(),
                    table.connector());
        }
        return new StatementPlan(optimized, physical, resultType, compiler);
    }

    /** Stands for the session's collect sink in EXPLAIN, which never runs the dataflow it prints. */
    private static final class ResultSinkPlaceholder implements Sink {
        @Override
        public SinkWriter createWriter(SinkContext context) {
            throw new IllegalStateException("EXPLAIN's dataflow is printed, never run");
        }

        @Override
        public AcceptedChanges acceptedChanges() {
            return AcceptedChanges.ALL_CHANGES;
        }

        @Override
        public int maxParallelism() {
            return 1;
        }

        @Override
        public String describe() {
            return "collect";
        }
    }
}
