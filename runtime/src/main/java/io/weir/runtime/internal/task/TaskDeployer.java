package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.channel.BarrierDelivery;
import io.weir.runtime.internal.channel.ChannelWriter;
import io.weir.runtime.internal.channel.EdgeWriter;
import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.channel.InputGate;
import io.weir.runtime.internal.metrics.BlockedTime;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a job's dataflow into an execution's wired tasks: an input gate per subtask of each vertex fed by edges, a
 * channel per pair of subtasks an edge connects (only i to i for a forward edge), and each producer's edge writers.
 * Throws {@link IllegalStateException} for a dataflow it cannot run.
 */
final class TaskDeployer {
    private final Dataflow dataflow;
    private final EngineOptions options;
    private final ThreadedJob job;
    private final Execution execution;
    private final Map<Integer, InputGate[]> gatesByVertex = new HashMap<>();
    /** The index, in each downstream gate, of an edge's first channel. */
    private final Map<Edge, Integer> firstChannel = new HashMap<>();
    private final BarrierDelivery barrierDelivery;

    private TaskDeployer(ThreadedJob job, Execution execution) {
        this.dataflow = job.dataflow();
        this.options = job.engineOptions();
        this.job = job;
        this.execution = execution;
        CheckpointOptions checkpointing = job.options().checkpointing();
        this.barrierDelivery = checkpointing.unaligned() && checkpointing.mode() == CheckpointingMode.EXACTLY_ONCE
                ? BarrierDelivery.PRIORITY : BarrierDelivery.IN_BAND;
    }

    /** A new execution of {@code job}'s dataflow, not started, restoring from {@code restoreFrom} unless null. */
    static Execution deploy(ThreadedJob job, CompletedCheckpoint restoreFrom) {
        Execution execution = new Execution(job, restoreFrom);
        new TaskDeployer(job, execution).deploy();
        return execution;
    }

    /**
     * The uid of operator {@code index} of {@code vertex}'s chain: its spec's, or one derived from its place and name,
     * in lower case with every run of other characters than letters, digits and {@code _} made one {@code -}, so that
     * it reads well as a directory name ({@code 2-2-sink-filesystem-out_t}).
     */
    static String uidOf(Vertex vertex, int index) {
        OperatorSpec spec = vertex.chain().get(index);
        if (spec.uid() != null) {
            return spec.uid();
        }
        String name = spec.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{Alnum}_]+", "-")
                .replaceAll("^-|-$", "");
        return vertex.id() + "-" + index + "-" + name;
    }

    /**
     * Every uid under which the tasks of {@code dataflow} store or restore state: each operator's, each source's
     * positions and each operator vertex's in-flight rows.
     */
    static Set<String> stateUids(Dataflow dataflow) {
        Set<String> uids = new LinkedHashSet<>();
        for (Vertex vertex : dataflow.vertices()) {
            for (int i = 0; i < vertex.chain().size(); i++) {
                uids.add(uidOf(vertex, i));
            }
            uids.add(vertex.isSource() ? SourceTask.sourceUid(vertex.id()) : InFlightRecording.uid(vertex.id()));
        }
        return uids;
    }

    private void deploy() {
        for (Vertex vertex : dataflow.vertices()) {
            checkKeyedOperators(vertex);
            createGates(vertex);
        }
        for (Vertex vertex : dataflow.vertices()) {
            for (int subtask = 0; subtask < vertex.parallelism(); subtask++) {
                execution.addTask(createTask(vertex, subtask));
            }
        }
    }

    private void createGates(Vertex vertex) {
        List<Edge> inputs = dataflow.inputsOf(vertex.id());
        if (vertex.isSource()) {
            if (!inputs.isEmpty()) {
                throw new IllegalStateException("source vertex '" + vertex.name() + "' has input edges " + inputs);
            }
            return;
        }
        if (inputs.isEmpty()) {
            throw new IllegalStateException("vertex '" + vertex.name() + "' has neither a source nor input edges");
        }
        int channels = 0;
        for (Edge edge : inputs) {
            Vertex upstream = dataflow.vertex(edge.from());
            checkPartitioning(edge, upstream, vertex, job.options().maxParallelism());
            firstChannel.put(edge, channels);
            channels += edge.partitioning() instanceof Partitioning.Forward ? 1 : upstream.parallelism();
        }
        InputGate[] gates = new InputGate[vertex.parallelism()];
        for (int i = 0; i < gates.length; i++) {
            gates[i] = new InputGate(channels, options.channelCapacityBatches());
            execution.addGate(gates[i]);
        }
        gatesByVertex.put(vertex.id(), gates);
    }

    private static void checkPartitioning(Edge edge, Vertex upstream, Vertex downstream, int maxParallelism) {
        if (edge.partitioning() instanceof Partitioning.Forward && upstream.parallelism() != downstream.parallelism()) {
            throw new IllegalStateException("forward edge from '" + upstream.name() + "' (parallelism "
                    + upstream.parallelism() + ") to '" + downstream.name() + "' (parallelism "
                    + downstream.parallelism() + ") joins vertices of different parallelism");
        }
        if (edge.partitioning() instanceof Partitioning.Hash) {
            KeyGroups.checkParallelism(downstream.parallelism(), maxParallelism);
        }
    }

    /**
     * Checks that only the first operator of a vertex is keyed, and that every input edge of its vertex is hashed on
     * its key fields, so each key's rows and state meet in one subtask.
     */
    private void checkKeyedOperators(Vertex vertex) {
        List<OperatorSpec> chain = vertex.chain();
        for (int i = 0; i < chain.size(); i++) {
            OperatorSpec spec = chain.get(i);
            if (!spec.isKeyed()) {
                continue;
            }
            if (i > 0 || vertex.isSource()) {
                throw new IllegalStateException("keyed operator '" + spec.name() + "' (key fields " + spec.keyFields()
                        + ") of vertex '" + vertex.name() + "' must be the first operator of a vertex fed by edges"
                        + " hashed on its key");
            }
            for (Edge edge : dataflow.inputsOf(vertex.id())) {
                boolean hashedOnKey = edge.partitioning() instanceof Partitioning.Hash
                        && ((Partitioning.Hash) edge.partitioning()).keyFields().equals(spec.keyFields());
                if (!hashedOnKey) {
                    throw new IllegalStateException("keyed operator '" + spec.name() + "' of vertex '" + vertex.name()
                            + "' is keyed on fields " + spec.keyFields() + " but its input from vertex '"
                            + dataflow.vertex(edge.from()).name() + "' is partitioned " + edge.partitioning()
                            + "; a keyed operator needs its input HASH" + spec.keyFields());
                }
            }
        }
    }

    /** The type of the rows a vertex's chain receives: its source's, or that of its first input edge's producer. */
    private RowType inputTypeOf(Vertex vertex) {
        if (vertex.isSource()) {
            return vertex.outputType();
        }
        return dataflow.vertex(dataflow.inputsOf(vertex.id()).get(0).from()).outputType();
    }

    private Task createTask(Vertex vertex, int subtask) {
        TaskOperatorContext context = TaskOperatorContext.of(job.id(), vertex.name(), subtask, vertex.parallelism());
        List<Edge> outputs = dataflow.outputsOf(vertex.id());
        EdgeWriter[] writers = new EdgeWriter[outputs.size()];
        BlockedTime outputBlocked = new BlockedTime();
        for (int i = 0; i < writers.length; i++) {
            writers[i] = edgeWriter(outputs.get(i), vertex, subtask, outputBlocked);
        }
        ExchangeOutput output = new ExchangeOutput(writers,
                job.jobMetrics().counter(context.metricPrefix() + "recordsOut"));
        List<String> uids = new ArrayList<>(vertex.chain().size());
        for (int i = 0; i < vertex.chain().size(); i++) {
            uids.add(uidOf(vertex, i));
        }
        int maxParallelism = job.options().maxParallelism();
        int parallelism = vertex.parallelism();
        // An unkeyed vertex may run more subtasks than there are key groups; its range is then one key group.
        int first = Math.min(KeyGroups.firstKeyGroup(subtask, maxParallelism, parallelism), maxParallelism - 1);
        int last = Math.max(first, KeyGroups.lastKeyGroup(subtask, maxParallelism, parallelism));
        TaskSetup setup = new TaskSetup(context, vertex.id(), vertex.chain(), uids, inputTypeOf(vertex),
                execution.nextTaskIndex(), first, last, outputBlocked);
        if (vertex.isSource()) {
            return new SourceTask(setup, vertex.source(), vertex.watermarkGenerator(), output, execution,
                    barrierDelivery);
        }
        return new OperatorTask(setup, gatesByVertex.get(vertex.id())[subtask], output, execution,
                new InFlightOwnership(inputKeyOf(vertex), maxParallelism, subtask, parallelism));
    }

    /**
     * The hasher of the key every input edge of {@code vertex} is hashed on, by which restored in-flight rows are
     * shared out; {@code null} if some edge is not hashed, or edges are hashed on different keys.
     */
    private KeyHasher inputKeyOf(Vertex vertex) {
        List<Integer> keyFields = null;
        for (Edge edge : dataflow.inputsOf(vertex.id())) {
            if (!(edge.partitioning() instanceof Partitioning.Hash)) {
                return null;
            }
            List<Integer> fields = ((Partitioning.Hash) edge.partitioning()).keyFields();
            if (keyFields != null && !keyFields.equals(fields)) {
                return null;
            }
            keyFields = fields;
        }
        return KeyHasher.of(inputTypeOf(vertex), keyFields);
    }

    private EdgeWriter edgeWriter(Edge edge, Vertex upstream, int subtask, BlockedTime outputBlocked) {
        InputGate[] gates = gatesByVertex.get(edge.to());
        int first = firstChannel.get(edge);
        int batchSize = options.batchSizeRows();
        Partitioning partitioning = edge.partitioning();
        if (partitioning instanceof Partitioning.Forward) {
            return EdgeWriter.toOne(new ChannelWriter(gates[subtask].channel(first), batchSize, barrierDelivery,
                    outputBlocked));
        }
        ChannelWriter[] targets = new ChannelWriter[gates.length];
        for (int i = 0; i < gates.length; i++) {
            targets[i] = new ChannelWriter(gates[i].channel(first + subtask), batchSize, barrierDelivery,
                    outputBlocked);
        }
        if (partitioning instanceof Partitioning.Hash) {
            KeyHasher hasher = KeyHasher.of(upstream.outputType(), ((Partitioning.Hash) partitioning).keyFields());
            return EdgeWriter.hashed(targets, hasher, job.options().maxParallelism());
        }
        if (partitioning instanceof Partitioning.Rebalance) {
            return EdgeWriter.roundRobin(targets, subtask);
        }
        if (partitioning instanceof Partitioning.Broadcast) {
            return EdgeWriter.broadcast(targets);
        }
        if (partitioning instanceof Partitioning.Global) {
            return EdgeWriter.toGlobal(targets);
        }
        throw new IllegalStateException("edge " + edge + " has an unknown partitioning " + partitioning);
    }
}
