package io.weir.runtime.internal.task;

import io.weir.runtime.operator.OperatorContext;

/** Where an operator runs: the job, the task thread's name, and the subtask. */
record TaskOperatorContext(String jobId, String vertexName, String taskName, int subtaskIndex, int parallelism)
        implements OperatorContext {
    static TaskOperatorContext of(String jobId, String vertexName, int subtaskIndex, int parallelism) {
        return new TaskOperatorContext(
                jobId, vertexName, "weir-" + jobId + "-" + vertexName + "-" + subtaskIndex, subtaskIndex, parallelism);
    }
}
