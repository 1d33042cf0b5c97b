package io.weir.runtime.job;

import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.task.StateUids;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.sink.SinkOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a restore of a dataflow from a checkpoint would do, worked out before anything starts: for each stateful
 * operator of the dataflow (a source that records positions, a keyed operator, a sink with pending commits) whether
 * the checkpoint holds state under its uid, and the state of the checkpoint no operator claims. Operators are matched
 * by uid, as {@link Engine#submit} matches them.
 *
 * @param checkpoint the checkpoint restored from
 * @param operators every stateful operator of the dataflow, in the order of its vertices and chains
 * @param unclaimed the state of the checkpoint under uids no task of the dataflow claims, by uid
 */
public record RestorePlan(CompletedCheckpoint checkpoint, List<OperatorState> operators, List<StateOf> unclaimed) {
    public RestorePlan {
        Objects.requireNonNull(checkpoint, "checkpoint");
        operators = List.copyOf(operators);
        unclaimed = List.copyOf(unclaimed);
    }

    /** The state the checkpoint holds under one uid: its state names, rows and bytes over every subtask's files. */
    public record StateOf(String uid, List<String> stateNames, long rows, long bytes) {
        public StateOf {
            Objects.requireNonNull(uid, "uid");
            stateNames = List.copyOf(stateNames);
        }
    }

    /**
     * A stateful operator of the dataflow and what it restores.
     *
     * @param restored the checkpoint's state under the operator's uid, or {@code null}: it starts with empty state
     */
    public record OperatorState(String operatorName, String uid, StateOf restored) {
        public OperatorState {
            Objects.requireNonNull(operatorName, "operatorName");
            Objects.requireNonNull(uid, "uid");
        }
    }

    /** Works out how {@code dataflow} would restore from {@code checkpoint}. */
    public static RestorePlan of(Dataflow dataflow, CompletedCheckpoint checkpoint) {
        Map<String, StateOf> byUid = stateByUid(checkpoint);
        List<OperatorState> operators = new ArrayList<>();
        for (Vertex vertex : dataflow.vertices()) {
            if (vertex.isSource() && vertex.source().positionType() != null) {
                String uid = StateUids.source(vertex);
                operators.add(new OperatorState(vertex.source().describe(), uid, byUid.get(uid)));
            }
            List<OperatorSpec> chain = vertex.chain();
            for (int i = 0; i < chain.size(); i++) {
                String uid = StateUids.operator(vertex, i);
                if (isStateful(chain.get(i)) || byUid.containsKey(uid)) {
                    operators.add(new OperatorState(chain.get(i).name(), uid, byUid.get(uid)));
                }
            }
        }
        Set<String> claimed = StateUids.all(dataflow);
        List<StateOf> unclaimed = new ArrayList<>();
        for (StateOf state : byUid.values()) {
            if (!claimed.contains(state.uid())) {
                unclaimed.add(state);
            }
        }
        return new RestorePlan(checkpoint, operators, unclaimed);
    }

    /** A keyed operator, or a sink that prepares commits at checkpoints. */
    private static boolean isStateful(OperatorSpec spec) {
        if (spec.isKeyed()) {
            return true;
        }
        // Making an instance runs no code of the operator's but its constructor; open() is what starts its work.
        Operator operator = spec.factory().get();
        return operator instanceof SinkOperator && ((SinkOperator) operator).sink().pendingCommitType() != null;
    }

    private static Map<String, StateOf> stateByUid(CompletedCheckpoint checkpoint) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, long[]> sizes = new LinkedHashMap<>();
        for (StateFile file : checkpoint.files()) {
            String uid = file.table().operatorUid();
            names.computeIfAbsent(uid, u -> new TreeSet<>()).add(file.table().name());
            long[] size = sizes.computeIfAbsent(uid, u -> new long[2]);
            size[0] += file.rowCount();
            size[1] += file.sizeBytes();
        }
        Map<String, StateOf> byUid = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> e : names.entrySet()) {
            long[] size = sizes.get(e.getKey());
            byUid.put(e.getKey(), new StateOf(e.getKey(), List.copyOf(e.getValue()), size[0], size[1]));
        }
        return byUid;
    }
}
