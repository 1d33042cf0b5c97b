package io.weir.session;

import static io.weir.session.SessionTesting.await;
import static io.weir.session.SessionTesting.insert;
import static io.weir.session.SessionTesting.jobThreads;
import static io.weir.session.SessionTesting.open;
import static io.weir.session.SessionTesting.rows;
import static io.weir.session.SessionTesting.run;
import static io.weir.session.SessionTesting.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.checkpoint.JobRecord;
import io.weir.checkpoint.MetadataStore;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobStatementsTest {
    private static final String NUMBERS = "CREATE TABLE numbers (id BIGINT, name STRING) WITH ('connector' = 'datagen', "
            + "'number-of-rows' = '4', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '4', "
            + "'fields.name.length' = '3')";
    private static final String ENDLESS = "CREATE TABLE endless (id BIGINT) WITH ('connector' = 'datagen', "
            + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '9000000000000')";
    private static final String VOID = "CREATE TABLE void (id BIGINT) WITH ('connector' = 'blackhole')";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private static Job job(Session session, String jobId) {
        for (Job job : session.jobs()) {
            if (job.id().equals(jobId)) {
                return job;
            }
        }
        throw new AssertionError("no job " + jobId + " in " + session.jobs());
    }

    private JobRecord recorded(String jobId) {
        try (MetadataStore store = MetadataStore.open(dataDir)) {
            return store.jobs().get(jobId).orElseThrow(() -> new AssertionError("no record of job " + jobId));
        }
    }

    private static List<String> lines(Path directory) {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                if (!file.getFileName().toString().startsWith(".") && !file.getFileName().toString().startsWith("_")) {
                    lines.addAll(Files.readAllLines(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    @Test
    void aSynchronousInsertWaitsForItsJobAndReportsFinished() {
        Path out = files.resolve("out");
        try (Session session = open(dataDir, 2)) {
            run(session, NUMBERS);
            run(session, "CREATE TABLE copy (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + out
                    + "', 'format' = 'csv')");
            run(session, "SET 'table.dml-sync' = 'true'");
            StatementResult.JobStarted started = insert(session, "INSERT INTO copy SELECT id FROM numbers");
            assertThat(started.finalStatus()).isEqualTo("FINISHED");
            assertThat(lines(out)).containsExactlyInAnyOrder("1", "2", "3", "4");
        }
    }

    @Test
    void aSynchronousInsertLeavesTheFinalStatusAndEndTimeInTheJobRecord() {
        String jobId;
        Instant before = Instant.now();
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, VOID);
            run(session, "SET 'table.dml-sync' = 'true'");
            jobId = insert(session, "INSERT INTO void SELECT id FROM numbers").jobId();
            JobRecord record = store(session).jobs().get(jobId).orElseThrow();
            assertThat(record.status()).isEqualTo(JobStatus.FINISHED);
            assertThat(record.endTime()).hasValueSatisfying(end -> assertThat(end).isAfterOrEqualTo(before));
            assertThat(record.failure()).isEmpty();
            assertThat(record.sql()).isEqualTo("INSERT INTO void SELECT id FROM numbers");
        }
    }

    @Test
    void anInsertIsRecordedWithTheTemporaryViewsItReadsInDependencyOrderAndNoOthers() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, VOID);
            run(session, "CREATE TEMPORARY VIEW small AS SELECT id FROM numbers WHERE id < 3");
            run(session, "CREATE TEMPORARY VIEW doubled AS SELECT id * 2 AS id FROM small");
            run(session, "CREATE TEMPORARY VIEW unrelated AS SELECT name FROM numbers");
            // Created again after the view that reads it: the record must still put it first.
            run(session, "DROP VIEW small");
            run(session, "CREATE TEMPORARY VIEW small AS SELECT id FROM numbers WHERE id < 4");
            run(session, "SET 'table.dml-sync' = 'true'");

            String jobId = insert(session, "INSERT INTO void SELECT id FROM doubled").jobId();

            assertThat(store(session).jobs().get(jobId).orElseThrow().temporaryDefinitions()).containsExactly(
                    "CREATE TEMPORARY VIEW small AS SELECT id FROM numbers WHERE id < 4",
                    "CREATE TEMPORARY VIEW doubled AS SELECT id * 2 AS id FROM small");
        }
    }

    private static MetadataStore store(Session session) {
        return ((LocalSession) session).metadataStore();
    }

    @Test
    void anAsynchronousInsertReturnsWhileItsJobRuns() {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, VOID);
            StatementResult.JobStarted started = insert(session, "INSERT INTO void SELECT id FROM endless");
            assertThat(started.finalStatus()).isNull();
            assertThat(job(session, started.jobId()).status()).isEqualTo(JobStatus.RUNNING);
        }
    }

    @Test
    void anInsertJobIsNamedAsFlinkNamesIt() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE TABLE Sink_Table (id BIGINT) WITH ('connector' = 'blackhole')");
            StatementResult.JobStarted started = insert(session, "INSERT INTO sink_table SELECT id FROM numbers");
            assertThat(started.jobName()).isEqualTo("insert-into_default_catalog.default_database.Sink_Table");
        }
    }

    @Test
    void showJobsListsEachJobWithItsStatusAndStartTime() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, ENDLESS);
            run(session, VOID);
            run(session, "SET 'table.dml-sync' = 'true'");
            String finished = insert(session, "INSERT INTO void SELECT id FROM numbers").jobId();
            run(session, "SET 'table.dml-sync' = 'false'");
            String running = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();
            StatementResult.Table jobs = table(session, "SHOW JOBS");
            assertThat(jobs.columns().names()).containsExactly("job id", "job name", "status", "start time");
            DataType startTime = jobs.columns().type(3);
            assertThat(startTime.root()).isEqualTo(TypeRoot.TIMESTAMP_LTZ);
            assertThat(rows(jobs)).extracting(row -> row.subList(0, 3)).containsExactly(
                    List.of(finished, "insert-into_default_catalog.default_database.void", "FINISHED"),
                    List.of(running, "insert-into_default_catalog.default_database.void", "RUNNING"));
            assertThat(startTime.precision()).isEqualTo(6);
            Instant started = job(session, finished).startTime();
            assertThat(rows(jobs).get(0).get(3)).isEqualTo(
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").format(started.atOffset(ZoneOffset.UTC)) + "000");
        }
    }

    @Test
    void stopJobCancelsARunningJobAndEndsItsThreads() {
        try (Session session = open(dataDir, 2)) {
            run(session, ENDLESS);
            run(session, VOID);
            String jobId = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();
            assertThat(run(session, "STOP JOB '" + jobId + "'"))
                    .isEqualTo(new StatementResult.Message("Job '" + jobId + "' stopped"));
            assertThat(job(session, jobId).status()).isEqualTo(JobStatus.CANCELED);
            assertThat(jobThreads(jobId)).isEmpty();
            assertThat(rows(table(session, "SHOW JOBS")).get(0).get(2)).isEqualTo("CANCELED");
        }
    }

    @Test
    void aStoppedJobIsRecordedCanceledWithItsEndTime() {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, VOID);
            String jobId = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();
            run(session, "STOP JOB '" + jobId + "'");
            JobRecord record = store(session).jobs().get(jobId).orElseThrow();
            assertThat(record.status()).isEqualTo(JobStatus.CANCELED);
            assertThat(record.endTime()).isPresent();
        }
    }

    @Test
    void stoppingAnUnknownJobFails() {
        try (Session session = open(dataDir, 1)) {
            assertThatThrownBy(() -> run(session, "STOP JOB 'feedbeef'"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OBJECT))
                    .hasMessage("Unknown job 'feedbeef'; SHOW JOBS lists this session's jobs");
        }
    }

    @Test
    void aFailedInsertJobIsRecordedWithItsFailure() throws Exception {
        Path csv = files.resolve("in.csv");
        Files.writeString(csv, "1\nx\n");
        try (Session session = open(dataDir, 1)) {
            run(session, "CREATE TABLE source (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + csv
                    + "', 'format' = 'csv')");
            run(session, VOID);
            run(session, "SET 'table.dml-sync' = 'true'");
            assertThatThrownBy(() -> run(session, "INSERT INTO void SELECT id FROM source"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.JOB_FAILED))
                    .hasMessageContaining("at line 2, field 1");
            JobRecord record = store(session).jobs().list().get(0);
            assertThat(record.status()).isEqualTo(JobStatus.FAILED);
            assertThat(record.endTime()).isPresent();
            assertThat(record.failure()).hasValueSatisfying(f -> assertThat(f).contains("Cannot parse 'x' as BIGINT"));
        }
    }

    @Test
    void anInsertIntoAMissingTableStartsAndRecordsNoJob() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            assertThatThrownBy(() -> run(session, "INSERT INTO nowhere SELECT id FROM numbers"))
                    .isInstanceOf(WeirException.class).hasMessageContaining("nowhere");
            assertThat(session.jobs()).isEmpty();
            assertThat(rows(table(session, "SHOW JOBS"))).isEmpty();
        }
        try (MetadataStore store = MetadataStore.open(dataDir)) {
            assertThat(store.jobs().list()).isEmpty();
        }
    }

    @Test
    void closingTheSessionStopsItsRunningJobsAndRecordsThemCanceled() {
        String jobId;
        try (Session session = open(dataDir, 2)) {
            run(session, ENDLESS);
            run(session, VOID);
            jobId = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();
            await("the job runs", () -> !jobThreads(jobId).isEmpty());
        }
        assertThat(jobThreads(jobId)).isEmpty();
        JobRecord record = recorded(jobId);
        assertThat(record.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(record.endTime()).isPresent();
    }

    @Test
    void closingTheSessionEndsTheThreadsOfAQueryNobodyReads() {
        String jobId;
        try (Session session = open(dataDir, 2)) {
            run(session, ENDLESS);
            jobId = SessionTesting.changes(session, "SELECT id FROM endless").stream().jobId();
            await("the collect buffer fills", () -> job(session, jobId).bufferedRows() > 0);
        }
        assertThat(jobThreads(jobId)).isEmpty();
        assertThat(recorded(jobId).status()).isEqualTo(JobStatus.CANCELED);
    }

    @Test
    void aPrintTableAcceptsAnInsert() {
        try (Session session = open(dataDir, 1)) {
            run(session, NUMBERS);
            run(session, "CREATE TABLE shown (id BIGINT, name STRING) WITH ('connector' = 'print')");
            run(session, "SET 'table.dml-sync' = 'true'");
            assertThat(insert(session, "INSERT INTO shown SELECT id, name FROM numbers").finalStatus()).isEqualTo("FINISHED");
        }
    }
}
