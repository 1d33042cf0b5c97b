package io.weir.runtime.operator;

/** What an operator instance knows of where it runs. */
public interface OperatorContext {
    String jobId();

    /** The name of the task thread, {@code weir-<job>-<vertex>-<subtask>}. */
    String taskName();

    int subtaskIndex();

    int parallelism();
}
