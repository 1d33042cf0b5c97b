package io.weir.runtime.internal.task;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import java.util.Set;

/** The uids under which the tasks of a dataflow store their state, for the runtime's public checks of a restore. */
public final class StateUids {
    private StateUids() {
    }

    /** The uid of operator {@code index} of {@code vertex}'s chain. */
    public static String operator(Vertex vertex, int index) {
        return TaskDeployer.uidOf(vertex, index);
    }

    /** The uid of the positions of a source vertex. */
    public static String source(Vertex vertex) {
        return SourceTask.sourceUid(vertex.id());
    }

    /** Every uid the tasks of {@code dataflow} store or restore state under. */
    public static Set<String> all(Dataflow dataflow) {
        return TaskDeployer.stateUids(dataflow);
    }
}
