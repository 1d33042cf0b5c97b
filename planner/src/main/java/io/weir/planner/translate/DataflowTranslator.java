package io.weir.planner.translate;

import io.weir.planner.PlannerErrors;
import io.weir.planner.RuntimeMode;
import io.weir.planner.catalog.TypeMapping;
import io.weir.planner.changelog.ChangelogInference;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.planner.codegen.CalcCompiler;
import io.weir.planner.codegen.CalcOperator;
import io.weir.planner.codegen.CalcProgram;
import io.weir.planner.codegen.CompiledPredicate;
import io.weir.planner.rel.ScannedTable;
import io.weir.planner.rel.WeirSink;
import io.weir.planner.rel.WeirTableScan;
import io.weir.planner.window.WeirWindowAggregate;
import io.weir.parser.SourceSpan;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.Options;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.source.ValuesSource;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.WatermarkGenerator;
import io.weir.runtime.type.RowType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.Union;
import org.apache.calcite.rel.logical.LogicalCalc;
import org.apache.calcite.rel.logical.LogicalTableFunctionScan;
import org.apache.calcite.rel.logical.LogicalValues;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;

/**
 * Translates an optimised plan into the vertices and edges of a runtime dataflow: a source vertex per scan with
 * its Calcs chained on, a vertex per UNION ALL, aggregation and (in batch mode) sort, and the sink chained where its
 * parallelism allows.
 */
public final class DataflowTranslator {
    private static final Pattern INPUT_REF = Pattern.compile("\\$(\\d+)");
    private final CalcCompiler compiler;
    private final int parallelism;
    private final RuntimeMode runtimeMode;
    private final List<ScannedTable> unboundedTables = new ArrayList<>();
    private final List<VertexBuilder> vertices = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private Map<RelNode, ChangelogMode> modes = Map.of();
    private Sink tableSink;
    private final Map<OperatorSpec, ChangelogMode> operatorModes = new IdentityHashMap<>();
    /** How often each stable uid was given out so far, so two equal operators of one plan get distinct uids. */
    private final Map<String, Integer> uidOccurrences = new HashMap<>();

    public DataflowTranslator(CalcCompiler compiler, int parallelism, RuntimeMode runtimeMode) {
        this.compiler = compiler;
        this.parallelism = parallelism;
        this.runtimeMode = runtimeMode;
    }

    /**
     * Translates the plan; for a query the result's last vertex emits the query's rows, every kind of change, for
     * the result sink takes them all.
     */
    public PhysicalPlan translate(RelNode rel) {
        AcceptedChanges sinkChanges = AcceptedChanges.ALL_CHANGES;
        if (rel instanceof WeirSink) {
            tableSink = createSink((WeirSink) rel);
            sinkChanges = tableSink.acceptedChanges();
        }
        modes = ChangelogInference.infer(rel, sinkChanges, runtimeMode);
        VertexBuilder last = visit(rel);
        return new PhysicalPlan(vertices, edges, last.id, unboundedTables, !(rel instanceof WeirSink), operatorModes,
                modeOf(rel instanceof WeirSink ? rel.getInput(0) : rel), modes);
    }

    /** The changelog mode inferred for a node of the plan being translated. */
    ChangelogMode modeOf(RelNode rel) {
        return modes.getOrDefault(rel, ChangelogMode.INSERT_ONLY);
    }

    /** Records the changes an operator emits, for EXPLAIN; an operator not recorded passes on its input's. */
    void recordMode(OperatorSpec spec, ChangelogMode mode) {
        operatorModes.put(spec, mode);
    }

    int parallelism() {
        return parallelism;
    }

    RuntimeMode runtimeMode() {
        return runtimeMode;
    }

    /**
     * A uid for a stateful operator derived from what it computes: its kind, its description and the type of its
     * input, hashed, plus an occurrence counter for equal operators in one plan. It names the operator's state in
     * checkpoints and savepoints, so an unchanged operator keeps it (and its state) when the query around it
     * changes, such as a projection above it, or the chain or vertex it lands in.
     */
    String stableUid(String kind, String description, RowType inputType) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest((kind + "\n" + description + "\n" + inputType)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        String base = kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-"
                + HexFormat.of().formatHex(digest, 0, 8);
        int occurrence = uidOccurrences.merge(base, 1, Integer::sum);
        return occurrence == 1 ? base : base + "-" + occurrence;
    }

    /**
     * A vertex builder with the next id and {@code name}, or {@code name #2}, {@code #3}, … when a vertex already has
     * it: thread names and metrics name a job's vertices, so two window aggregations must not share one.
     */
    private VertexBuilder newVertex(String name, int parallelism, Source source, RowType outputType) {
        String unique = name;
        for (int n = 2; nameTaken(unique); n++) {
            unique = name + " #" + n;
        }
        return new VertexBuilder(vertices.size() + 1, unique, parallelism, source, outputType);
    }

    private boolean nameTaken(String name) {
        for (VertexBuilder v : vertices) {
            if (v.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    VertexBuilder addVertex(String name, int vertexParallelism, RowType outputType) {
        VertexBuilder v = newVertex(name, vertexParallelism, null, outputType);
        vertices.add(v);
        return v;
    }

    void addEdge(Edge edge) {
        edges.add(edge);
    }

    private VertexBuilder visit(RelNode rel) {
        if (rel instanceof WeirTableScan) {
            return scan((WeirTableScan) rel);
        }
        if (rel instanceof LogicalValues) {
            return values((LogicalValues) rel);
        }
        if (rel instanceof LogicalCalc) {
            return calc((LogicalCalc) rel);
        }
        if (rel instanceof Union && ((Union) rel).all) {
            return union((Union) rel);
        }
        if (rel instanceof WeirSink) {
            return sink((WeirSink) rel);
        }
        if (rel instanceof WeirWindowAggregate) {
            return windowAggregate((WeirWindowAggregate) rel);
        }
        if (rel instanceof LogicalTableFunctionScan && WindowTranslation.isWindowTableFunction((LogicalTableFunctionScan) rel)) {
            return windowTableFunction((LogicalTableFunctionScan) rel);
        }
        if (rel instanceof Aggregate) {
            RelNode input = rel.getInput(0);
            return new AggregateTranslation(this).translate((Aggregate) rel, visit(input), modeOf(input));
        }
        if (rel instanceof Sort) {
            return new SortTranslation(this).translate((Sort) rel, visit(rel.getInput(0)));
        }
        throw PlannerErrors.unsupported(SourceSpan.UNKNOWN, "The plan node " + rel.getRelTypeName() + " is");
    }

    private VertexBuilder scan(WeirTableScan scan) {
        Source source = scan.table().createSource(scan.projection());
        String detail = "fields=" + scan.getRowType().getFieldNames();
        if (scan.filter() != null) {
            String description = describe(scan.filter(), scan.getRowType());
            RexProgram program = RexProgram.create(scan.getRowType(), List.of(), scan.filter(),
                    scan.getCluster().getTypeFactory().builder().build(), scan.getCluster().getRexBuilder());
            CompiledPredicate predicate = new CompiledPredicate(compiler.compile(program, false).get(), description);
            source = ((FilterableSource) source).withFilter(predicate, description);
            detail += ", filter=[" + description + "]";
        }
        if (!source.isBounded()) {
            unboundedTables.add(scan.table());
        }
        int p = Math.max(1, Math.min(parallelism, source.maxParallelism()));
        VertexBuilder v = newVertex("Source: " + scan.table().connector() + "["
                + scan.table().name() + "]", p, source, TypeMapping.toRowType(scan.getRowType()));
        if (scan.watermark() != null) {
            String watermark = describe(scan.watermark(), scan.getRowType());
            v.watermarkGenerator = WindowTranslation.watermarkGenerator(compiler, scan, watermark);
            detail += ", watermark=[" + watermark + "]";
        }
        v.sourceDetail = source.describe() + ", " + detail;
        vertices.add(v);
        return v;
    }

    private VertexBuilder values(LogicalValues values) {
        List<Row> rows = new ArrayList<>();
        for (List<RexLiteral> tuple : values.getTuples()) {
            Row row = new Row(tuple.size());
            for (int i = 0; i < tuple.size(); i++) {
                row.setBoxed(i, LiteralValues.internal(tuple.get(i), values.getRowType().getFieldList().get(i).getType()));
            }
            rows.add(row);
        }
        Source source = new ValuesSource(rows);
        VertexBuilder v = newVertex("Source: values", 1, source,
                TypeMapping.toRowType(values.getRowType()));
        v.sourceDetail = source.describe();
        vertices.add(v);
        return v;
    }

    private VertexBuilder calc(LogicalCalc calc) {
        VertexBuilder input = visit(calc.getInput());
        RexProgram program = calc.getProgram();
        String description = describe(program);
        Supplier<CalcProgram> compiled = compiler.compile(program, true);
        int arity = calc.getRowType().getFieldCount();
        OperatorSpec spec = new OperatorSpec("Calc", description, () -> new CalcOperator(compiled.get(), arity, description));
        input.chain.add(spec);
        recordMode(spec, modeOf(calc));
        input.outputType = TypeMapping.toRowType(calc.getRowType());
        return input;
    }

    private VertexBuilder union(Union union) {
        List<VertexBuilder> inputs = new ArrayList<>();
        for (RelNode input : union.getInputs()) {
            inputs.add(visit(input));
        }
        VertexBuilder v = newVertex("Union", parallelism, null,
                TypeMapping.toRowType(union.getRowType()));
        OperatorSpec spec = new OperatorSpec("Union", "UNION ALL of " + inputs.size() + " inputs", ForwardOperator::new);
        v.chain.add(spec);
        recordMode(spec, modeOf(union));
        vertices.add(v);
        for (VertexBuilder input : inputs) {
            edges.add(new Edge(input.id, v.id, input.parallelism == v.parallelism ? Partitioning.forward() : Partitioning.rebalance()));
        }
        return v;
    }

    private VertexBuilder windowTableFunction(LogicalTableFunctionScan tvf) {
        VertexBuilder input = visit(tvf.getInputs().get(0));
        input.chain.add(WindowTranslation.assignSpec(tvf));
        input.outputType = TypeMapping.toRowType(tvf.getRowType());
        return input;
    }

    /** A keyed vertex fed by a HASH edge on the group keys (a single subtask when there are none). */
    private VertexBuilder windowAggregate(WeirWindowAggregate aggregate) {
        VertexBuilder input = visit(aggregate.getInput());
        int p = WindowTranslation.isGlobal(aggregate) ? 1 : parallelism;
        VertexBuilder v = newVertex("WindowAggregate", p, null,
                TypeMapping.toRowType(aggregate.getRowType()));
        OperatorSpec spec = WindowTranslation.aggregateSpec(aggregate);
        v.chain.add(spec.withUid(stableUid(spec.name(), spec.description(), input.outputType)));
        vertices.add(v);
        edges.add(new Edge(input.id, v.id, Partitioning.hash(aggregate.keys())));
        return v;
    }

    private static Sink createSink(WeirSink rel) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < rel.physicalType().arity(); i++) {
            all.add(i);
        }
        return rel.factory().createSink(new ConnectorContext(rel.tableName(), rel.physicalType(), all,
                new Options(rel.options())));
    }

    private VertexBuilder sink(WeirSink rel) {
        VertexBuilder input = visit(rel.getInput());
        if (!modeOf(rel.getInput()).isInsertOnly() && !tableSink.acceptedChanges().takesUpdates()) {
            throw PlannerErrors.updatesIntoAppendOnlySink(rel.tableName(), rel.connector(), rel.updateOrigin());
        }
        return appendSink(input, "Sink: " + rel.connector() + "[" + rel.tableName() + "]", tableSink, parallelism);
    }

    /** Chains the sink onto {@code input} if it can run at that parallelism, else puts it in its own vertex. */
    VertexBuilder appendSink(VertexBuilder input, String name, Sink sink, int maxParallelism) {
        int sinkParallelism = Math.max(1, Math.min(maxParallelism, sink.maxParallelism()));
        // A sink's state is its prepared output: a stable uid lets a restore commit it whatever the chain before it.
        OperatorSpec named = sinkSpec(name, sink);
        OperatorSpec spec = named.withUid(stableUid("Sink", name, input.outputType));
        if (sinkParallelism >= input.parallelism) {
            input.chain.add(spec);
            return input;
        }
        VertexBuilder v = newVertex(name, sinkParallelism, null, input.outputType);
        v.chain.add(spec);
        vertices.add(v);
        edges.add(new Edge(input.id, v.id, sinkParallelism == 1 ? Partitioning.global() : Partitioning.rebalance()));
        return v;
    }

    /** The runtime's sink operator under a readable name such as {@code Sink: print[out]}. */
    static OperatorSpec sinkSpec(String name, Sink sink) {
        OperatorSpec spec = SinkOperator.spec(sink);
        return new OperatorSpec(name, spec.description(), spec.factory());
    }

    /** A Calc's projections and condition, with input fields by name. */
    static String describe(RexProgram program) {
        RelDataType input = program.getInputRowType();
        List<String> select = new ArrayList<>();
        List<String> names = program.getOutputRowType().getFieldNames();
        for (int i = 0; i < program.getProjectList().size(); i++) {
            RexNode e = program.expandLocalRef(program.getProjectList().get(i));
            String text = describe(e, input);
            select.add(e instanceof RexInputRef && text.equals(names.get(i)) ? text : text + " AS " + names.get(i));
        }
        String result = "select=[" + String.join(", ", select) + "]";
        if (program.getCondition() != null) {
            result += ", where=[" + describe(program.expandLocalRef(program.getCondition()), input) + "]";
        }
        return result;
    }

    static String describe(RexNode e, RelDataType input) {
        return describe(e.toString(), input);
    }

    /** Text with its {@code $n} input references replaced by the names of the input's fields. */
    static String describe(String text, RelDataType input) {
        Matcher m = INPUT_REF.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String name = index < input.getFieldCount() ? input.getFieldNames().get(index) : m.group();
            m.appendReplacement(b, Matcher.quoteReplacement(name));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** A vertex being built. */
    static final class VertexBuilder {
        final int id;
        final String name;
        final int parallelism;
        final Source source;
        final List<OperatorSpec> chain = new ArrayList<>();
        RowType outputType;
        String sourceDetail;
        WatermarkGenerator watermarkGenerator;

        VertexBuilder(int id, String name, int parallelism, Source source, RowType outputType) {
            this.id = id;
            this.name = name;
            this.parallelism = parallelism;
            this.source = source;
            this.outputType = outputType;
        }
    }
}
