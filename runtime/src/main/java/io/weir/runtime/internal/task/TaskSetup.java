package io.weir.runtime.internal.task;

import io.weir.runtime.internal.metrics.BlockedTime;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.type.RowType;
import java.util.List;

/**
 * What a task is made of, as the deployer decides it.
 *
 * @param vertexId the id of the task's vertex, from which derived uids start
 * @param specs the operators of the task's chain
 * @param uids each operator's stable uid: its spec's, or {@code <vertexId>-<chainIndex>-<name>}
 * @param inputType the type of the rows the chain's first operator receives
 * @param taskIndex the task's index within its execution, by which it acknowledges checkpoints
 * @param firstKeyGroup the first key group of the subtask's range, which its unkeyed state files cover
 * @param lastKeyGroup the last key group of that range
 * @param outputBlocked the time the task waits for room in its output channels, for back-pressure monitoring
 */
record TaskSetup(TaskOperatorContext context, int vertexId, List<OperatorSpec> specs, List<String> uids,
        RowType inputType, int taskIndex, int firstKeyGroup, int lastKeyGroup, BlockedTime outputBlocked) {
    TaskSetup {
        specs = List.copyOf(specs);
        uids = List.copyOf(uids);
    }
}
