package io.weir.runtime.internal.task;

/** Where a task runs: the job, the task thread's name, and the subtask; shared by the operators of its chain. */
record TaskOperatorContext(String jobId, String vertexName, String taskName, int subtaskIndex, int parallelism) {
    static TaskOperatorContext of(String jobId, String vertexName, int subtaskIndex, int parallelism) {
        return new TaskOperatorContext(
                jobId, vertexName, "weir-" + jobId + "-" + vertexName + "-" + subtaskIndex, subtaskIndex, parallelism);
    }

    /** The prefix of this task's metric names, {@code <vertex>.<subtask>.}. */
    String metricPrefix() {
        return vertexName + "." + subtaskIndex + ".";
    }
}
