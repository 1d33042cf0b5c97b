package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.checkpoint.SavepointErrors;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the job asks for checkpoints or a restore and the engine has no checkpoint
     *     storage, or if it asks for checkpoints and one of its sources cannot record positions
     * @throws io.weir.runtime.WeirException if the checkpoint it restores from holds state of an operator uid the
     *     dataflow does not have, unless {@link JobOptions#ignoreUnclaimedState()}
     */
    @Override
    public Job submit(String jobId, String name, Dataflow dataflow, JobOptions jobOptions) {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataflow, "dataflow");
        Objects.requireNonNull(jobOptions, "jobOptions");
        if (closed) {
            throw new IllegalStateException("the engine is closed; job '" + jobId + "' was not started");
        }
        checkCheckpointing(jobId, dataflow, jobOptions);
        checkUnclaimedState(dataflow, jobOptions);
        ThreadedJob job = new ThreadedJob(jobId, name, dataflow, options, jobOptions,
                lastCheckpointId(jobId, jobOptions));
        Execution first = TaskDeployer.deploy(job, jobOptions.restoreFrom());
        if (running.putIfAbsent(jobId, job) != null) {
            throw new IllegalArgumentException("a job with id '" + jobId + "' is already running");
        }
        job.termination().whenComplete((status, error) -> running.remove(jobId, job));
        job.start(first);
        if (closed) {
            // close() may have looked at the running jobs before this one was added.
            job.cancel();
        }
        return job;
    }

    private void checkCheckpointing(String jobId, Dataflow dataflow, JobOptions jobOptions) {
        boolean checkpointed = jobOptions.checkpointing().isEnabled();
        if (options.checkpointStorage() == null) {
            if (checkpointed) {
                throw new IllegalArgumentException("job '" + jobId + "' takes checkpoints every "
                        + jobOptions.checkpointing().interval() + " but the engine has no checkpoint storage; give "
                        + "EngineOptions a checkpointStorage or turn checkpointing off");
            }
            if (jobOptions.restoreFrom() != null) {
                throw new IllegalArgumentException("job '" + jobId + "' restores from "
                        + jobOptions.restoreFrom().location() + " but the engine has no checkpoint storage to read "
                        + "it from; give EngineOptions a checkpointStorage");
            }
            return;
        }
        if (!checkpointed) {
            return;
        }
        for (Vertex vertex : dataflow.vertices()) {
            if (vertex.isSource() && vertex.source().positionType() == null) {
                throw new IllegalArgumentException("job '" + jobId + "' takes checkpoints but source '"
                        + vertex.source().describe() + "' of vertex '" + vertex.name() + "' cannot record its "
                        + "position (it has no positionType()); turn checkpointing off for this job");
            }
        }
    }

    /**
     * Refuses a restore whose checkpoint holds state under a uid no task of the dataflow claims: the operator was
     * removed or changed, and its state would be lost silently. Operators are matched by uid only, so a restore at
     * another parallelism or with stateless operators changed is fine.
     */
    private static void checkUnclaimedState(Dataflow dataflow, JobOptions jobOptions) {
        CompletedCheckpoint restoreFrom = jobOptions.restoreFrom();
        if (restoreFrom == null || jobOptions.ignoreUnclaimedState()) {
            return;
        }
        Set<String> claimed = TaskDeployer.stateUids(dataflow);
        Set<String> unclaimed = new TreeSet<>();
        for (StateFile file : restoreFrom.files()) {
            if (!claimed.contains(file.table().operatorUid())) {
                unclaimed.add(file.table().operatorUid());
            }
        }
        if (unclaimed.isEmpty()) {
            return;
        }
        List<String> operators = new ArrayList<>();
        for (Vertex vertex : dataflow.vertices()) {
            for (int i = 0; i < vertex.chain().size(); i++) {
                operators.add(TaskDeployer.uidOf(vertex, i));
            }
        }
        throw SavepointErrors.unclaimedState(restoreFrom.location(), List.copyOf(unclaimed), operators);
    }

    /** The highest checkpoint id the job used before: the restored one's, or its latest committed one's. */
    private long lastCheckpointId(String jobId, JobOptions jobOptions) {
        CheckpointStorage storage = options.checkpointStorage();
        long last = 0;
        CompletedCheckpoint restoreFrom = jobOptions.restoreFrom();
        if (restoreFrom != null && restoreFrom.jobId().equals(jobId)) {
            last = restoreFrom.checkpointId();
        }
        if (storage != null) {
            try {
                Optional<CompletedCheckpoint> latest = storage.latest(jobId);
                if (latest.isPresent()) {
                    last = Math.max(last, latest.get().checkpointId());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading the latest checkpoint of job '" + jobId + "'", e);
            }
        }
        return last;
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
