package io.weir.runtime.job;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.internal.task.ThreadedEngine;

/** Runs dataflows as jobs in this process, each subtask on its own thread. */
public interface Engine extends AutoCloseable {
    /** An engine that runs every subtask on its own platform thread and exchanges batches through bounded channels. */
    static Engine create(EngineOptions options) {
        return new ThreadedEngine(options);
    }

    /**
     * Deploys the dataflow and starts it; returns at once with the running job.
     *
     * @param jobId unique among this engine's jobs; names the task threads {@code weir-<jobId>-<vertex>-<subtask>}
     */
    Job submit(String jobId, String name, Dataflow dataflow, JobOptions options);

    /** Submits the dataflow with {@link JobOptions#defaults()}; see {@link #submit(String, String, Dataflow, JobOptions)}. */
    default Job submit(String jobId, String name, Dataflow dataflow) {
        return submit(jobId, name, dataflow, JobOptions.defaults());
    }

    /** Cancels every job still running and waits for their threads to end. */
    @Override
    void close();
}
