package io.weir.planner.translate;

import io.weir.planner.changelog.ChangelogMode;
import io.weir.planner.rel.ScannedTable;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.sink.Sink;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.RelNode;

/**
 * The translated vertices and edges of a statement, before a query's result sink is added; makes a fresh
 * {@link Dataflow} per call and prints the dataflow for EXPLAIN.
 */
public final class PhysicalPlan {
    private final List<DataflowTranslator.VertexBuilder> vertices;
    private final List<Edge> edges;
    private final int lastVertex;
    private final List<ScannedTable> unboundedTables;
    private final boolean needsResultSink;
    private final Map<OperatorSpec, ChangelogMode> operatorModes;
    private final ChangelogMode resultMode;
    private final Map<RelNode, ChangelogMode> nodeModes;

    PhysicalPlan(List<DataflowTranslator.VertexBuilder> vertices, List<Edge> edges, int lastVertex,
            List<ScannedTable> unboundedTables,
            boolean needsResultSink, Map<OperatorSpec, ChangelogMode> operatorModes, ChangelogMode resultMode,
            Map<RelNode, ChangelogMode> nodeModes) {
        this.operatorModes = new IdentityHashMap<>(operatorModes);
        this.nodeModes = new IdentityHashMap<>(nodeModes);
        this.resultMode = resultMode;
        this.vertices = List.copyOf(vertices);
        this.edges = List.copyOf(edges);
        this.lastVertex = lastVertex;
        this.unboundedTables = List.copyOf(unboundedTables);
        this.needsResultSink = needsResultSink;
    }

    /** Whether every source ends, so the job finishes. */
    public boolean bounded() {
        return unboundedTables.isEmpty();
    }

    /** The tables whose sources never end, in the order the plan reads them. */
    public List<ScannedTable> unboundedTables() {
        return unboundedTables;
    }

    /** The changes of the query's result, or of the rows an INSERT writes. */
    public ChangelogMode resultMode() {
        return resultMode;
    }

    /** The changelog mode inferred for each node of the translated plan, by identity, as EXPLAIN prints them. */
    public Map<RelNode, ChangelogMode> nodeModes() {
        return new IdentityHashMap<>(nodeModes);
    }

    /** The dataflow; a query's rows go to {@code resultSink} at parallelism 1 (an INSERT ignores it). */
    public Dataflow dataflow(Sink resultSink) {
        List<Vertex> result = new ArrayList<>();
        List<Edge> resultEdges = new ArrayList<>(edges);
        for (DataflowTranslator.VertexBuilder v : vertices) {
            List<OperatorSpec> chain = new ArrayList<>(v.chain);
            if (needsResultSink && v.id == lastVertex && v.parallelism == 1) {
                chain.add(DataflowTranslator.sinkSpec("Sink: collect", resultSink));
            }
            result.add(new Vertex(v.id, v.name, v.parallelism, v.source, chain, v.outputType, v.watermarkGenerator));
        }
        DataflowTranslator.VertexBuilder last = vertices.stream().filter(v -> v.id == lastVertex).findFirst().orElseThrow();
        if (needsResultSink && last.parallelism > 1) {
            int id = vertices.size() + 1;
            result.add(Vertex.ofOperators(id, "Sink: collect", 1, List.of(DataflowTranslator.sinkSpec("Sink: collect", resultSink)),
                    last.outputType));
            resultEdges.add(new Edge(lastVertex, id, Partitioning.global()));
        }
        return new Dataflow(result, resultEdges);
    }

    /** The dataflow as EXPLAIN prints it: vertices with their chains, then edges. */
    public String explain(Sink resultSink) {
        Dataflow dataflow = dataflow(resultSink);
        StringBuilder b = new StringBuilder();
        Map<Integer, ChangelogMode> vertexModes = new java.util.HashMap<>();
        for (Vertex v : dataflow.vertices()) {
            ChangelogMode mode = null;
            for (Edge e : dataflow.edges()) {
                if (e.to() == v.id() && vertexModes.containsKey(e.from())) {
                    ChangelogMode input = vertexModes.get(e.from());
                    mode = mode == null ? input : mode.union(input);
                }
            }
            if (mode == null) {
                mode = ChangelogMode.INSERT_ONLY;
            }
            b.append("Vertex ").append(v.id()).append(": ").append(v.name())
                    .append(" (parallelism=").append(v.parallelism()).append(")\n");
            if (v.isSource()) {
                String detail = vertices.stream().filter(x -> x.id == v.id()).map(x -> x.sourceDetail).findFirst().orElse(v.source().describe());
                b.append("  source: ").append(detail).append(", changelogMode=[I]\n");
            }
            for (OperatorSpec op : v.chain()) {
                mode = operatorModes.getOrDefault(op, mode);
                b.append("  -> ").append(op.name()).append(": ").append(op.description()).append(", changelogMode=")
                        .append(mode).append('\n');
            }
            vertexModes.put(v.id(), mode);
        }
        for (Edge e : dataflow.edges()) {
            b.append("Edge: ").append(e.from()).append(" -> ").append(e.to()).append(" ").append(e.partitioning()).append('\n');
        }
        return b.toString();
    }
}
