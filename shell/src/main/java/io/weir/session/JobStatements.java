package io.weir.session;

import io.weir.checkpoint.CatalogObject;
import io.weir.checkpoint.CheckpointStore;
import io.weir.checkpoint.JobRecord;
import io.weir.checkpoint.JobStore;
import io.weir.parser.statement.DescribeJob;
import io.weir.parser.statement.Explain;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Query;
import io.weir.parser.statement.ShowCheckpoints;
import io.weir.parser.statement.Statement;
import io.weir.parser.statement.StopJob;
import io.weir.parser.statement.TakeSavepoint;
import io.weir.planner.PlannedQuery;
import io.weir.planner.Planner;
import io.weir.planner.PlannerOptions;
import io.weir.planner.catalog.Catalog;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.job.RestorePlan;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes the statements that plan, run or inspect jobs: queries, INSERT, EXPLAIN, SHOW JOBS, DESCRIBE JOB, STOP JOB,
 * SAVEPOINT, SHOW SAVEPOINTS and SHOW CHECKPOINTS.
 */
final class JobStatements {
    /** Rows a query's collect sink buffers before its job waits for the reader. */
    static final int COLLECT_CAPACITY_ROWS = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(JobStatements.class);

    private final SessionCatalog catalog;
    private final Planner planner;
    private final Engine engine;
    private final JobStore jobStore;
    private final CheckpointStorage checkpoints;
    private final CheckpointStore checkpointRecords;
    private final SessionOptions options;
    private final RecoveryPoints recoveryPoints;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    /** What each job runs, to name its sources, operators and sinks in DESCRIBE JOB. */
    private final Map<String, Dataflow> dataflows = new LinkedHashMap<>();
    /** Completes once a job's end is recorded. */
    private final Map<String, CompletableFuture<?>> recordedEnds = new LinkedHashMap<>();

    JobStatements(SessionCatalog catalog, Planner planner, Engine engine, JobStore jobStore,
            CheckpointStorage checkpoints, CheckpointStore checkpointRecords, SessionOptions options) {
        this.catalog = catalog;
        this.planner = planner;
        this.engine = engine;
        this.jobStore = jobStore;
        this.checkpoints = checkpoints;
        this.checkpointRecords = checkpointRecords;
        this.options = options;
        this.recoveryPoints = new RecoveryPoints(checkpoints, checkpointRecords);
    }

    private PlannerOptions plannerOptions() {
        return new PlannerOptions(options.parallelism(), options.all());
    }

    StatementResult query(Query statement) {
        PlannedQuery planned = planner.planQuery(statement, plannerOptions());
        CollectSink sink = new CollectSink(COLLECT_CAPACITY_ROWS);
        Job job = submit("collect", statement, planned.dataflow().apply(sink), List.of());
        return new StatementResult.Changes(planned.resultType(), planned.updating(), new CollectStream(job, sink));
    }

    StatementResult insert(Insert statement) {
        Set<String> temporaryReads = new LinkedHashSet<>();
        PlannedQuery planned = catalog.recordingTemporaryReads(temporaryReads,
                () -> planner.planInsert(statement, plannerOptions()));
        String target = catalog.stored(statement.target().simpleName()).map(CatalogObject::name)
                .orElse(statement.target().simpleName());
        String name = "insert-into_" + Catalog.DEFAULT_CATALOG + "." + Catalog.DEFAULT_DATABASE + "." + target;
        Job job = submit(name, statement, planned.dataflow().apply(null),
                catalog.temporaryDefinitions(temporaryReads));
        if (!options.dmlSync()) {
            return new StatementResult.JobStarted(job.id(), job.name(), null);
        }
        JobStatus status = awaitRecordedEnd(job);
        if (status == JobStatus.FAILED) {
            throw SessionErrors.jobFailed(job.failure().orElseGet(() -> new IllegalStateException("job " + job.id() + " failed")));
        }
        return new StatementResult.JobStarted(job.id(), job.name(), status.name());
    }

    /**
     * Starts a job and records it with the statements of the temporary views it reads, so it can be planned again
     * in another session.
     */
    private Job submit(String name, Statement statement, Dataflow dataflow, List<String> temporaryDefinitions) {
        String id = UUID.randomUUID().toString().replace("-", "");
        Job job = engine.submit(id, name, dataflow, jobOptions());
        try {
            jobStore.record(new JobRecord(id, name, statement.text(), JobStatus.RUNNING, job.startTime(), Optional.empty(),
                    Optional.empty(), options.all(), temporaryDefinitions));
        } catch (RuntimeException e) {
            job.cancel();
            job.termination().join();
            throw e;
        }
        adopt(job, dataflow);
        return job;
    }

    /** Makes a running job one of this session's: listed, described, stopped with the others, its end recorded. */
    void adopt(Job job, Dataflow dataflow) {
        jobs.put(job.id(), job);
        dataflows.put(job.id(), dataflow);
        recordedEnds.put(job.id(), job.termination().whenComplete((status, error) -> recordEnd(job, status)));
    }

    /** The session's job options, with the checkpoint to restore from if {@code execution.state-recovery.path} names one. */
    private JobOptions jobOptions() {
        JobOptions jobOptions = options.jobOptions();
        String path = options.recoveryPath();
        if (path == null) {
            return jobOptions;
        }
        CompletedCheckpoint from = recoveryPoint(path);
        if (from.maxParallelism() != jobOptions.maxParallelism()) {
            throw SessionErrors.maxParallelismChanged(path, from.maxParallelism(), jobOptions.maxParallelism());
        }
        return jobOptions.withRestoreFrom(from);
    }

    /** The checkpoint {@code execution.state-recovery.path} names: a directory or {@code <job id>:<checkpoint id>}. */
    CompletedCheckpoint recoveryPoint(String path) {
        return recoveryPoints.resolve(path);
    }

    private void recordEnd(Job job, JobStatus status) {
        try {
            jobStore.updateStatus(job.id(), status, Optional.of(Instant.now()),
                    job.failure().map(t -> t.getMessage() != null ? t.getMessage() : t.toString()));
        } catch (RuntimeException e) {
            LOG.warn("job end not recorded job={} status={} reason={}", job.id(), status, e.getMessage());
        }
    }

    /**
     * The plans; for an INSERT while {@code execution.state-recovery.path} is set, also what a restore would do to
     * each stateful operator (see {@link RestoreCheck}), worked out before anything starts.
     */
    StatementResult explain(Explain statement) {
        String plan = planner.explain(statement, plannerOptions());
        String path = options.recoveryPath();
        if (path != null && statement.explained() instanceof Insert) {
            Dataflow dataflow = planner.planInsert((Insert) statement.explained(), plannerOptions()).dataflow()
                    .apply(null);
            plan = plan + "\n" + RestoreCheck.describe(RestorePlan.of(dataflow, recoveryPoint(path)),
                    options.jobOptions().ignoreUnclaimedState());
        }
        return ResultTables.column("plan", List.of(plan));
    }

    /** The retained checkpoints and savepoints of a job of this data directory, oldest first. */
    StatementResult showCheckpoints(ShowCheckpoints statement) {
        List<Row> rows = new ArrayList<>();
        for (CompletedCheckpoint checkpoint : recoveryPoints.retained(statement.jobId())) {
            long sizeBytes = 0;
            for (StateFile file : checkpoint.files()) {
                sizeBytes += file.sizeBytes();
            }
            rows.add(Row.of(checkpoint.checkpointId(), checkpoint.kind().name(),
                    checkpoint.jobId() + ":" + checkpoint.checkpointId(), checkpoint.location(),
                    checkpoint.completedAt().toEpochMilli(), sizeBytes));
        }
        DataType string = DataType.string().withNullable(false);
        DataType bigint = DataType.of(TypeRoot.BIGINT).withNullable(false);
        return new StatementResult.Table(RowType.of(List.of("checkpoint id", "kind", "recovery path", "path",
                "completed at", "size bytes"), List.of(bigint, string, string, string,
                ResultTables.timestampLtz().withNullable(false), bigint)), rows);
    }

    StatementResult showJobs() {
        List<Row> rows = new ArrayList<>();
        for (Job job : jobs.values()) {
            rows.add(Row.of(job.id(), job.name(), job.status().name(), job.startTime().toEpochMilli()));
        }
        DataType string = DataType.string().withNullable(false);
        return new StatementResult.Table(RowType.of(List.of("job id", "job name", "status", "start time"),
                List.of(string, string, string, ResultTables.timestampLtz().withNullable(false))), rows);
    }

    StatementResult describeJob(DescribeJob statement) {
        Job job = jobs.get(statement.jobId());
        if (job == null) {
            throw SessionErrors.unknownJob(statement.jobId());
        }
        return JobDescription.of(job, dataflows.get(job.id()), options.localTimeZone());
    }

    StatementResult stopJob(StopJob statement) {
        Job job = jobs.get(statement.jobId());
        if (job == null) {
            throw SessionErrors.unknownJob(statement.jobId());
        }
        if (job.status().isTerminal()) {
            return new StatementResult.Message("Job '" + job.id() + "' has already ended (" + job.status() + ")");
        }
        if (statement.withSavepoint()) {
            CompletedCheckpoint savepoint = await(job, job.stopWithSavepoint());
            awaitRecordedEnd(job);
            return new StatementResult.Message("Savepoint of job '" + job.id() + "' written to '"
                    + savepoint.location() + "'; job stopped");
        }
        job.cancel();
        awaitRecordedEnd(job);
        return new StatementResult.Message("Job '" + job.id() + "' stopped");
    }

    StatementResult savepoint(TakeSavepoint statement) {
        Job job = jobs.get(statement.jobId());
        if (job == null) {
            throw SessionErrors.unknownJob(statement.jobId());
        }
        CompletedCheckpoint savepoint = await(job, job.savepoint());
        return new StatementResult.Message("Savepoint of job '" + job.id() + "' written to '" + savepoint.location()
                + "'");
    }

    private static CompletedCheckpoint await(Job job, CompletableFuture<CompletedCheckpoint> savepoint) {
        try {
            return savepoint.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof WeirException) {
                throw (WeirException) cause;
            }
            throw SessionErrors.savepointFailed(job.id(), cause);
        }
    }

    /** Every savepoint the data directory's metadata database records, of any job and any session, oldest first. */
    StatementResult showSavepoints() {
        List<Row> rows = new ArrayList<>();
        for (CompletedCheckpoint savepoint : checkpointRecords.savepoints()) {
            long sizeBytes = 0;
            for (StateFile file : savepoint.files()) {
                sizeBytes += file.sizeBytes();
            }
            rows.add(Row.of(savepoint.jobId(), savepoint.checkpointId(), savepoint.location(),
                    savepoint.completedAt().toEpochMilli(), sizeBytes));
        }
        DataType string = DataType.string().withNullable(false);
        DataType bigint = DataType.of(TypeRoot.BIGINT).withNullable(false);
        return new StatementResult.Table(RowType.of(List.of("job id", "savepoint id", "path", "taken at", "size bytes"),
                List.of(string, bigint, string, ResultTables.timestampLtz().withNullable(false), bigint)), rows);
    }

    /** Waits until the job has ended and its end is in the job store, and returns its final status. */
    private JobStatus awaitRecordedEnd(Job job) {
        recordedEnds.get(job.id()).join();
        return job.termination().join();
    }

    List<Job> jobs() {
        return List.copyOf(jobs.values());
    }

    /** Cancels every job still running and waits for them to end. */
    void stopAll() {
        for (Job job : jobs.values()) {
            if (!job.status().isTerminal()) {
                job.cancel();
            }
        }
        for (CompletableFuture<?> recorded : recordedEnds.values()) {
            recorded.join();
        }
    }
}
