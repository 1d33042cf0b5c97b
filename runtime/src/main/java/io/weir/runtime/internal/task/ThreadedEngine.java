package io.weir.runtime.internal.task;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** An engine that runs every subtask of a job on a platform thread of its own. Thread-safe. */
public final class ThreadedEngine implements Engine {
    private final EngineOptions options;
    private final ConcurrentMap<String, ThreadedJob> running = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public ThreadedEngine(EngineOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Job submit(String jobId, String name, Dataflow dataflow, JobOptions jobOptions) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataflow, "dataflow");
        Objects.requireNonNull(jobOptions, "jobOptions");
        if (closed) {
            throw new IllegalStateException("the engine is closed; job '" + jobId + "' was not started");
        }
        ThreadedJob job = TaskDeployer.deploy(jobId, name, dataflow, options, jobOptions);
        if (running.putIfAbsent(jobId, job) != null) {
            throw new IllegalArgumentException("a job with id '" + jobId + "' is already running");
        }
        job.termination().whenComplete((status, error) -> running.remove(jobId, job));
        job.start();
        if (closed) {
            // close() may have looked at the running jobs before this one was added.
            job.cancel();
        }
        return job;
    }

    @Override
    public void close() {
        closed = true;
        List<ThreadedJob> jobs = new ArrayList<>(running.values());
        for (ThreadedJob job : jobs) {
            job.cancel();
        }
        for (ThreadedJob job : jobs) {
            job.termination().join();
        }
    }
}
