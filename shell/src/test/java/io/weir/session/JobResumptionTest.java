package io.weir.session;

import static io.weir.session.SessionTesting.open;
import static io.weir.session.SessionTesting.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.checkpoint.JobRecord;
import io.weir.checkpoint.MetadataStore;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jobs a data directory records as running when a session opens it belonged to a process that ended without stopping
 * them; the jobs are written into the metadata database here as such a process leaves them.
 */
class JobResumptionTest {
    private static final String CHECKPOINTED = "00000000000000000000000000000001";
    private static final String UNCHECKPOINTED = "00000000000000000000000000000002";
    private static final String QUERY = "00000000000000000000000000000003";

    @TempDir
    Path dir;

    private Path out;

    @BeforeEach
    void createTables() {
        out = dir.resolve("out");
        try (Session session = open(dir.resolve("data"), 1)) {
            run(session, "CREATE TABLE numbers (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '500', "
                    + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '500')");
            run(session, "CREATE TABLE copies (id BIGINT) WITH ('connector' = 'filesystem', 'path' = '" + out
                    + "', 'format' = 'csv')");
        }
    }

    private void recordRunning(String id, String sql, Map<String, String> options) {
        recordRunning(id, sql, options, List.of());
    }

    private void recordRunning(String id, String sql, Map<String, String> options,
            List<String> temporaryDefinitions) {
        try (MetadataStore store = MetadataStore.open(dir.resolve("data"))) {
            store.jobs().record(new JobRecord(id, "insert-into_copies", sql, JobStatus.RUNNING, Instant.now(),
                    Optional.empty(), Optional.empty(), options, temporaryDefinitions));
        }
    }

    private JobRecord recorded(String id) {
        try (MetadataStore store = MetadataStore.open(dir.resolve("data"))) {
            return store.jobs().get(id).orElseThrow();
        }
    }

    @Test
    void aCheckpointedInsertRunsAgainUnderItsOwnIdAndFinishesItsWork() throws Exception {
        recordRunning(CHECKPOINTED, "INSERT INTO copies SELECT id FROM numbers",
                Map.of("execution.checkpointing.interval", "50 ms", "parallelism.default", "1"));

        try (Session session = open(dir.resolve("data"), 2)) {
            List<ResumedJob> resumed = session.resumeInterruptedJobs();

            assertThat(resumed).singleElement().satisfies(job -> {
                assertThat(job.jobId()).isEqualTo(CHECKPOINTED);
                assertThat(job.resumed()).isTrue();
                assertThat(job.message()).isEqualTo("Resumed job '" + CHECKPOINTED
                        + "' (insert-into_copies) from the start (it had committed no checkpoint)");
            });
            Job job = session.jobs().get(0);
            assertThat(job.id()).isEqualTo(CHECKPOINTED);
            assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        }
        assertThat(lines(out)).hasSize(500).doesNotHaveDuplicates();
        assertThat(recorded(CHECKPOINTED).status()).isEqualTo(JobStatus.FINISHED);
    }

    @Test
    void anInsertReadingTemporaryViewsOfItsSessionIsResumedWithThoseViewsAndFinishesWithTheExactOutput()
            throws Exception {
        recordRunning(CHECKPOINTED, "INSERT INTO copies SELECT id * 10 FROM multiples_of_six",
                Map.of("execution.checkpointing.interval", "50 ms", "parallelism.default", "2"),
                List.of("CREATE TEMPORARY VIEW evens AS SELECT id FROM numbers WHERE MOD(id, 2) = 0",
                        "CREATE TEMPORARY VIEW multiples_of_six AS SELECT id FROM evens WHERE MOD(id, 3) = 0"));

        try (Session session = open(dir.resolve("data"), 1)) {
            assertThat(session.resumeInterruptedJobs()).singleElement()
                    .satisfies(job -> assertThat(job.resumed()).as(job.message()).isTrue());
            Job job = session.jobs().get(0);
            assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
            // The views were created again for the job's planning only, not for the resuming session.
            assertThat(session.tableNames()).doesNotContain("evens", "multiples_of_six");
        }
        List<String> expected = new ArrayList<>();
        for (long id = 6; id <= 500; id += 6) {
            expected.add(Long.toString(id * 10));
        }
        assertThat(lines(out)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(recorded(CHECKPOINTED).status()).isEqualTo(JobStatus.FINISHED);
    }

    @Test
    void aJobWithoutCheckpointsIsMarkedFailedSayingWhy() {
        recordRunning(UNCHECKPOINTED, "INSERT INTO copies SELECT id FROM numbers", Map.of());

        try (Session session = open(dir.resolve("data"), 1)) {
            assertThat(session.resumeInterruptedJobs()).singleElement().satisfies(job -> {
                assertThat(job.resumed()).isFalse();
                assertThat(job.message()).contains("took no checkpoints to resume from");
            });
            assertThat(session.jobs()).isEmpty();
        }
        JobRecord record = recorded(UNCHECKPOINTED);
        assertThat(record.status()).isEqualTo(JobStatus.FAILED);
        assertThat(record.endTime()).isPresent();
        assertThat(record.failure()).get().asString().contains("took no checkpoints to resume from");
    }

    @Test
    void aQueryIsMarkedCanceledSinceNobodyReadsItsResults() {
        recordRunning(QUERY, "SELECT id FROM numbers", Map.of("execution.checkpointing.interval", "50 ms"));

        try (Session session = open(dir.resolve("data"), 1)) {
            assertThat(session.resumeInterruptedJobs()).singleElement()
                    .satisfies(job -> assertThat(job.resumed()).isFalse());
        }
        assertThat(recorded(QUERY).status()).isEqualTo(JobStatus.CANCELED);
    }

    @Test
    void endedJobsAreLeftAlone() {
        recordRunning(UNCHECKPOINTED, "INSERT INTO copies SELECT id FROM numbers", Map.of());
        try (Session session = open(dir.resolve("data"), 1)) {
            session.resumeInterruptedJobs();
        }

        try (Session session = open(dir.resolve("data"), 1)) {
            assertThat(session.resumeInterruptedJobs()).isEmpty();
        }
    }

    private static List<String> lines(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        return lines;
    }
}
