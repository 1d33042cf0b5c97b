package io.weir.session;

import static io.weir.session.SessionTesting.await;
import static io.weir.session.SessionTesting.insert;
import static io.weir.session.SessionTesting.open;
import static io.weir.session.SessionTesting.rows;
import static io.weir.session.SessionTesting.run;
import static io.weir.session.SessionTesting.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DescribeJobTest {
    private static final String THOUSAND = "CREATE TABLE thousand (id BIGINT) WITH ('connector' = 'datagen', "
            + "'number-of-rows' = '1000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
            + "'fields.id.end' = '1000')";
    private static final String ENDLESS = "CREATE TABLE endless (id BIGINT) WITH ('connector' = 'datagen', "
            + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '9000000000000')";
    private static final String VOID = "CREATE TABLE void (id BIGINT) WITH ('connector' = 'blackhole')";

    @TempDir
    Path dataDir;

    /** The description's rows as {@code scope / property} to value, in order. */
    private static Map<String, String> describe(Session session, String jobId) {
        StatementResult.Table table = table(session, "DESCRIBE JOB '" + jobId + "'");
        assertThat(table.columns().names()).containsExactly("scope", "property", "value");
        Map<String, String> facts = new LinkedHashMap<>();
        for (List<String> row : rows(table)) {
            facts.put(row.get(0) + " / " + row.get(1), row.get(2));
        }
        return facts;
    }

    private static List<String> valuesOf(Map<String, String> facts, String property) {
        List<String> values = new ArrayList<>();
        facts.forEach((key, value) -> {
            if (key.endsWith(" / " + property)) {
                values.add(value);
            }
        });
        return values;
    }

    private static Job job(Session session, String jobId) {
        return session.jobs().stream().filter(j -> j.id().equals(jobId)).findFirst().orElseThrow();
    }

    @Test
    void aFinishedBoundedJobShowsAsManyRecordsWrittenAsItRead() {
        try (Session session = open(dataDir, 2)) {
            run(session, THOUSAND);
            run(session, VOID);
            run(session, "SET 'table.dml-sync' = 'true'");
            String jobId = insert(session, "INSERT INTO void SELECT id FROM thousand").jobId();

            Map<String, String> facts = describe(session, jobId);

            assertThat(facts).containsEntry("job / id", jobId)
                    .containsEntry("job / name", "insert-into_default_catalog.default_database.void")
                    .containsEntry("job / status", "FINISHED")
                    .containsEntry("job / failure", null);
            assertThat(valuesOf(facts, "records read")).containsExactly("1000");
            assertThat(valuesOf(facts, "records written")).containsExactly("1000");
            assertThat(facts).containsKey("Sink: blackhole[void] / records written");
        }
    }

    @Test
    void theJobFactsComeFirstInAFixedOrder() {
        try (Session session = open(dataDir, 1)) {
            run(session, THOUSAND);
            run(session, VOID);
            run(session, "SET 'table.dml-sync' = 'true'");
            String jobId = insert(session, "INSERT INTO void SELECT id FROM thousand").jobId();

            assertThat(new ArrayList<>(describe(session, jobId).keySet()).subList(0, 7)).containsExactly(
                    "job / id", "job / name", "job / status", "job / start time", "job / end time",
                    "job / failure", "job / watermark");
        }
    }

    @Test
    void aFinishedJobShowsItsTimesInTheSessionTimeZoneAndAnInfiniteWatermark() {
        try (Session session = open(dataDir, 1)) {
            run(session, THOUSAND);
            run(session, VOID);
            run(session, "SET 'table.dml-sync' = 'true'");
            run(session, "SET 'table.local-time-zone' = 'Asia/Tokyo'");
            String jobId = insert(session, "INSERT INTO void SELECT id FROM thousand").jobId();
            Job job = job(session, jobId);
            DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                    .withZone(ZoneId.of("Asia/Tokyo"));

            Map<String, String> facts = describe(session, jobId);

            assertThat(facts).containsEntry("job / start time", format.format(job.startTime()))
                    .containsEntry("job / end time", format.format(job.endTime().orElseThrow()))
                    .containsEntry("job / watermark", JobDescription.INFINITE_WATERMARK);
        }
    }

    @Test
    void aRunningJobOnATableWithoutWatermarkHasNoWatermarkNorEndTime() {
        try (Session session = open(dataDir, 2)) {
            run(session, ENDLESS);
            run(session, VOID);
            String jobId = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();
            await("the sink wrote rows", () -> !valuesOf(describe(session, jobId), "records written").isEmpty()
                    && !valuesOf(describe(session, jobId), "records written").get(0).equals("0"));

            Map<String, String> facts = describe(session, jobId);

            assertThat(facts).containsEntry("job / status", "RUNNING")
                    .containsEntry("job / end time", null)
                    .containsEntry("job / watermark", null);
            assertThat(Long.parseLong(valuesOf(facts, "records read").get(0))).isPositive();
        }
    }

    @Test
    void aQueryJobIsDescribedToo() throws Exception {
        try (Session session = open(dataDir, 1)) {
            run(session, THOUSAND);
            StatementResult.Changes changes = SessionTesting.changes(session, "SELECT id FROM thousand");
            assertThat(SessionTesting.drain(changes)).hasSize(1000);
            String jobId = changes.stream().jobId();
            await("the query job ended", () -> job(session, jobId).status().isTerminal());

            Map<String, String> facts = describe(session, jobId);

            assertThat(facts).containsEntry("job / name", "collect")
                    .containsEntry("Sink: collect / records written", "1000");
        }
    }

    @Test
    void describingAnUnknownJobFailsAndPointsAtShowJobs() {
        try (Session session = open(dataDir, 1)) {
            assertThatThrownBy(() -> run(session, "DESCRIBE JOB 'feedbeef'"))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OBJECT))
                    .hasMessage("Unknown job 'feedbeef'; SHOW JOBS lists this session's jobs");
        }
    }

    @Test
    void theSessionsIdleTimeoutAndKeyGroupsReachEveryJobItStarts() {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, VOID);
            run(session, "SET 'table.exec.source.idle-timeout' = '5 s'");
            run(session, "SET 'pipeline.max-parallelism' = '64'");
            String insertId = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();
            String queryId = SessionTesting.changes(session, "SELECT id FROM endless").stream().jobId();

            JobOptions expected = new JobOptions(64, Duration.ofSeconds(5));
            assertThat(job(session, insertId).options()).isEqualTo(expected);
            assertThat(job(session, queryId).options()).isEqualTo(expected);
        }
    }

    @Test
    void withoutSetAJobRunsWithTheDefaultJobOptions() {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, VOID);
            String jobId = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();

            assertThat(job(session, jobId).options()).isEqualTo(JobOptions.defaults());
        }
    }

    private static final String KEYED = "CREATE TABLE keyed (id BIGINT, k AS id % 10) WITH ('connector' = 'datagen', "
            + "'number-of-rows' = '1000', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', "
            + "'fields.id.end' = '1000')";

    @Test
    void aGroupAggregateShowsTheKeysItHoldsAndAnEstimateOfTheirBytes() {
        try (Session session = open(dataDir, 2)) {
            run(session, KEYED);
            run(session, "CREATE TABLE counts (k BIGINT, n BIGINT) WITH ('connector' = 'blackhole')");
            run(session, "SET 'table.dml-sync' = 'true'");
            String jobId = insert(session, "INSERT INTO counts SELECT k, COUNT(*) FROM keyed GROUP BY k").jobId();

            Map<String, String> facts = describe(session, jobId);

            assertThat(valuesOf(facts, "state rows")).containsExactly("10");
            assertThat(Long.parseLong(valuesOf(facts, "state bytes (estimate)").get(0))).isPositive();
        }
    }

    @Test
    void everyOperatorOfARunningJobShowsItsRecordsInAndOutAndWhetherItIsBackPressured() {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, VOID);
            String jobId = insert(session, "INSERT INTO void SELECT id * 2 FROM endless").jobId();
            await("the projection passed rows on", () -> valuesOf(describe(session, jobId), "records out").stream()
                    .anyMatch(v -> Long.parseLong(v) > 0));

            Map<String, String> facts = describe(session, jobId);

            int operators = valuesOf(facts, "records in").size();
            assertThat(operators).isPositive();
            assertThat(valuesOf(facts, "records out")).hasSize(operators);
            assertThat(valuesOf(facts, "records in per second")).hasSize(operators);
            // The source, every operator of its chain and the sink.
            assertThat(valuesOf(facts, "back-pressured")).hasSize(operators + 2)
                    .allMatch(v -> v.matches("(yes|no) \\(\\d+ % of the last second blocked on output\\)"));
        }
    }

    @Test
    void aRunningSourceShowsAPositiveRateOfRecordsRead() {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            run(session, VOID);
            String jobId = insert(session, "INSERT INTO void SELECT id FROM endless").jobId();

            await("the source has a rate", () -> Double.parseDouble(
                    valuesOf(describe(session, jobId), "records read per second").get(0)) > 0);
        }
    }

    @Test
    void theOperatorFiguresAreATableWithOneRowPerOperator() {
        try (Session session = open(dataDir, 1)) {
            run(session, THOUSAND);
            run(session, VOID);
            run(session, "SET 'table.dml-sync' = 'true'");
            String jobId = insert(session, "INSERT INTO void SELECT id FROM thousand").jobId();

            StatementResult.Table table = JobOperators.of(job(session, jobId));

            assertThat(table.columns().names()).startsWith("job_id", "vertex", "operator", "uid");
            List<List<String>> rows = rows(table);
            assertThat(rows).isNotEmpty().allMatch(r -> r.get(0).equals(jobId));
            assertThat(rows.get(rows.size() - 1).get(5)).as("the sink's records in").isEqualTo("1000");
        }
    }

    @Test
    void counterNamesReadAsWords() {
        assertThat(JobDescription.words("lateRecordsDropped")).isEqualTo("late records dropped");
        assertThat(JobDescription.words("records.out")).isEqualTo("records out");
    }
}
