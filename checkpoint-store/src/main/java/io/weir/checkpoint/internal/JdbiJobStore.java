package io.weir.checkpoint.internal;

import io.weir.checkpoint.JobRecord;
import io.weir.checkpoint.JobStore;
import io.weir.runtime.job.JobStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The jobs table of the metadata database. */
final class JdbiJobStore implements JobStore {
    private static final String SELECT_JOB = "SELECT job_id, job_name, sql_text, status, start_time, end_time, failure FROM jobs ";

    private final Jdbi jdbi;

    JdbiJobStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(JobRecord job) {
        try {
            jdbi.useTransaction(handle -> {
                handle.createUpdate("INSERT INTO jobs (job_id, job_name, sql_text, status, start_time, "
                            + "end_time, failure) VALUES (:id, :name, :sql, :status, :start, :end, :failure)")
                    .bind("id", job.id())
                    .bind("name", job.name())
                    .bind("sql", job.sql())
                    .bind("status", job.status().name())
                    .bindBySqlType("start", utc(job.startTime()), Types.TIMESTAMP_WITH_TIMEZONE)
                    .bindBySqlType("end", job.endTime().map(JdbiJobStore::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE)
                    .bind("failure", job.failure().orElse(null))
                    .execute();
                PreparedBatch batch = handle.prepareBatch("INSERT INTO job_options (job_id, option_key, option_value) "
                        + "VALUES (:id, :key, :value)");
                for (Map.Entry<String, String> option : job.options().entrySet()) {
                    batch.bind("id", job.id()).bind("key", option.getKey()).bind("value", option.getValue()).add();
                }
                if (!job.options().isEmpty()) {
                    batch.execute();
                }
                PreparedBatch definitions = handle.prepareBatch("INSERT INTO job_temporary_definitions (job_id, "
                        + "position, sql_text) VALUES (:id, :position, :sql)");
                for (int i = 0; i < job.temporaryDefinitions().size(); i++) {
                    definitions.bind("id", job.id()).bind("position", i)
                            .bind("sql", job.temporaryDefinitions().get(i)).add();
                }
                if (!job.temporaryDefinitions().isEmpty()) {
                    definitions.execute();
                }
            });
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed("record job '" + job.id() + "'", e);
        }
    }

    @Override
    public void updateStatus(String jobId, JobStatus status, Optional<Instant> endTime, Optional<String> failure) {
        try {
            jdbi.useTransaction(handle -> handle.createUpdate("UPDATE jobs SET status = :status, end_time = :end, "
                            + "failure = :failure WHERE job_id = :id")
                    .bind("id", jobId)
                    .bind("status", status.name())
                    .bindBySqlType("end", endTime.map(JdbiJobStore::utc).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE)
                    .bind("failure", failure.orElse(null))
                    .execute());
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed("update job '" + jobId + "'", e);
        }
    }

    @Override
    public void updateFigures(String jobId, int parallelism, int restarts, long lateRecordsDropped) {
        try {
            jdbi.useTransaction(handle -> handle.createUpdate("UPDATE jobs SET parallelism = :parallelism, "
                            + "restarts = :restarts, late_records_dropped = :late WHERE job_id = :id")
                    .bind("id", jobId)
                    .bind("parallelism", parallelism)
                    .bind("restarts", restarts)
                    .bind("late", lateRecordsDropped)
                    .execute());
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed("update job '" + jobId + "'", e);
        }
    }

    @Override
    public Optional<JobRecord> get(String jobId) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery(SELECT_JOB + "WHERE job_id = :id")
                    .bind("id", jobId)
                    .map((rs, ctx) -> job(rs))
                    .findOne()
                    .map(job -> withOptions(handle, job)));
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed("read job '" + jobId + "'", e);
        }
    }

    @Override
    public List<JobRecord> list() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery(SELECT_JOB + "ORDER BY start_time, job_id")
                    .map((rs, ctx) -> job(rs))
                    .list()
                    .stream()
                    .map(job -> withOptions(handle, job))
                    .toList());
        } catch (JdbiException e) {
            throw StoreErrors.storeFailed("list jobs", e);
        }
    }

    /** The job with its options and temporary definitions, which live in tables of their own. */
    private static JobRecord withOptions(Handle handle, JobRecord job) {
        Map<String, String> options = new HashMap<>();
        handle.createQuery("SELECT option_key, option_value FROM job_options WHERE job_id = :id")
                .bind("id", job.id())
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> options.put(e.getKey(), e.getValue()));
        List<String> definitions = handle.createQuery("SELECT sql_text FROM job_temporary_definitions "
                        + "WHERE job_id = :id ORDER BY position")
                .bind("id", job.id())
                .mapTo(String.class)
                .list();
        return new JobRecord(job.id(), job.name(), job.sql(), job.status(), job.startTime(), job.endTime(),
                job.failure(), options, definitions);
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static JobRecord job(ResultSet rs) throws SQLException {
        OffsetDateTime end = rs.getObject("end_time", OffsetDateTime.class);
        return new JobRecord(rs.getString("job_id"), rs.getString("job_name"), rs.getString("sql_text"),
                JobStatus.valueOf(rs.getString("status")), rs.getObject("start_time", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(end).map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString("failure")));
    }
}
