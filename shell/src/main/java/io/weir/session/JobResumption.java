package io.weir.session;

import io.weir.checkpoint.JobRecord;
import io.weir.checkpoint.JobStore;
import io.weir.parser.ScriptParser;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Statement;
import io.weir.planner.PlannedQuery;
import io.weir.planner.Planner;
import io.weir.planner.PlannerOptions;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.type.RowType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumes the jobs a data directory records as running when a session opens it: the process that ran them ended
 * without stopping them (killed, crashed, power lost). A checkpointed INSERT job is planned again from its SQL text
 * with the options it was started with, and the temporary views of its session that it reads created again for its
 * planning only, and runs again under its own id from its latest committed checkpoint (or from where it first
 * started, if it committed none); any other job is marked as ended, since nothing can resume it. A savepoint is no
 * checkpoint to resume from: a job without checkpointing fails even if it took one.
 */
final class JobResumption {
    private static final Logger LOG = LoggerFactory.getLogger(JobResumption.class);

    private final SessionConfig config;
    private final ScriptParser parser;
    private final SessionCatalog catalog;
    private final Planner planner;
    private final Engine engine;
    private final JobStore jobStore;
    private final CheckpointStorage checkpoints;
    private final JobStatements jobs;

    JobResumption(SessionConfig config, ScriptParser parser, SessionCatalog catalog, Planner planner, Engine engine,
            JobStore jobStore, CheckpointStorage checkpoints, JobStatements jobs) {
        this.config = config;
        this.parser = parser;
        this.catalog = catalog;
        this.planner = planner;
        this.engine = engine;
        this.jobStore = jobStore;
        this.checkpoints = checkpoints;
        this.jobs = jobs;
    }

    /** Resumes or ends every job recorded as running, oldest first. */
    List<ResumedJob> resumeAll() {
        List<ResumedJob> outcomes = new ArrayList<>();
        for (JobRecord record : jobStore.list()) {
            if (!record.status().isTerminal()) {
                outcomes.add(resume(record));
            }
        }
        return outcomes;
    }

    private ResumedJob resume(JobRecord record) {
        SessionOptions options = SessionOptions.restored(config, record.options());
        Statement statement;
        try {
            List<Statement> statements = parser.parse(record.sql());
            statement = statements.size() == 1 ? statements.get(0) : null;
        } catch (RuntimeException e) {
            statement = null;
        }
        if (!(statement instanceof Insert)) {
            return end(record, JobStatus.CANCELED, "Job '" + record.id() + "' (" + record.name() + ") was stopped: "
                    + "its process ended, and a query's results cannot be resumed");
        }
        try {
            JobOptions jobOptions = options.jobOptions();
            if (!jobOptions.checkpointing().isEnabled()) {
                return end(record, JobStatus.FAILED, "Job '" + record.id() + "' (" + record.name() + ") failed: its "
                        + "process ended and it took no checkpoints to resume from (set "
                        + "'execution.checkpointing.interval' to make jobs resumable; a savepoint is restored only "
                        + "when 'execution.state-recovery.path' names it)");
            }
            Optional<CompletedCheckpoint> latest = checkpoints.latest(record.id());
            if (latest.isPresent()) {
                jobOptions = jobOptions.withRestoreFrom(latest.get());
            } else if (options.recoveryPath() != null) {
                jobOptions = jobOptions.withRestoreFrom(jobs.recoveryPoint(options.recoveryPath()));
            }
            Insert insert = (Insert) statement;
            Dataflow dataflow = catalog.withOwnTemporaryViews(() -> {
                recreateTemporaryViews(record);
                PlannedQuery planned = planner.planInsert(insert, new PlannerOptions(options.parallelism(),
                        options.all()));
                return planned.dataflow().apply(null);
            });
            Job job = engine.submit(record.id(), record.name(), dataflow, jobOptions);
            jobs.adopt(job, dataflow);
            String from = latest.map(c -> "from checkpoint " + c.checkpointId())
                    .orElse(jobOptions.restoreFrom() != null ? "from " + jobOptions.restoreFrom().location()
                            : "from the start (it had committed no checkpoint)");
            LOG.info("job resumed job={} checkpoint={}", record.id(),
                    latest.map(c -> Long.toString(c.checkpointId())).orElse("none"));
            return new ResumedJob(record.id(), record.name(), true,
                    "Resumed job '" + record.id() + "' (" + record.name() + ") " + from);
        } catch (IOException | RuntimeException e) {
            LOG.warn("job not resumed job={} reason={}", record.id(), e.toString());
            return end(record, JobStatus.FAILED, "Job '" + record.id() + "' (" + record.name() + ") could not be "
                    + "resumed: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        }
    }

    /**
     * Creates again, as temporary views of this session, those of the job's session that its INSERT reads; each
     * statement comes after those of the views it reads.
     */
    private void recreateTemporaryViews(JobRecord record) {
        for (String definition : record.temporaryDefinitions()) {
            List<Statement> statements = parser.parse(definition);
            if (statements.size() != 1 || !(statements.get(0) instanceof CreateView)
                    || !((CreateView) statements.get(0)).temporary()) {
                throw new IllegalStateException("job " + record.id() + " records a temporary definition that is not "
                        + "one CREATE TEMPORARY VIEW statement: " + definition);
            }
            CreateView view = (CreateView) statements.get(0);
            RowType columns = planner.validateView(view);
            catalog.addTemporaryView(new SessionCatalog.TemporaryView(view, columns, Set.of()));
        }
    }

    private ResumedJob end(JobRecord record, JobStatus status, String message) {
        jobStore.updateStatus(record.id(), status, Optional.of(Instant.now()), Optional.of(message));
        return new ResumedJob(record.id(), record.name(), false, message);
    }
}
