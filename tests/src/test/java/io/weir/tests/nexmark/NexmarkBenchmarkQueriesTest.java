package io.weir.tests.nexmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.weir.parser.statement.Statement;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.session.Session;
import io.weir.session.SessionConfig;
import io.weir.session.StatementResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the Nexmark benchmark's own DDL, views and query texts, unchanged but for the placeholders its runner fills
 * in, through a real session. The texts are not part of this project: the test reads them from the folder named by
 * the system property {@code weir.nexmark.dir}, else from {@code ../shared/nexmark} beside the project, and is skipped
 * where neither exists.
 */
class NexmarkBenchmarkQueriesTest {
    private static final long EVENTS = 20_000;
    private static final long JOB_DEADLINE_SECONDS = 120;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q0", "q1", "q2", "q11", "q12", "q15", "q16", "q17", "q21", "q22"})
    void theBenchmarksQueryRunsToTheEndWithoutError(String query) throws Exception {
        Path texts = benchmarkTexts();
        assumeTrue(Files.isDirectory(texts), "the Nexmark benchmark's query texts are not at " + texts);
        String script = source(texts) + "\n" + read(texts, "ddl_views.sql").replace("${NEXMARK_TABLE}", "datagen")
                + "\nSET 'table.dml-sync' = 'true';\n" + read(texts, query + ".sql");
        int jobs = 0;
        try (Session session = Session.open(new SessionConfig(tmp.resolve("weir-data"), 2, ZoneOffset.UTC))) {
            for (Statement statement : session.parse(script)) {
                if (session.execute(statement) instanceof StatementResult.JobStarted started) {
                    Job job = session.jobs().stream().filter(j -> j.id().equals(started.jobId())).findFirst()
                            .orElseThrow();
                    JobStatus status = job.termination().get(JOB_DEADLINE_SECONDS, TimeUnit.SECONDS);
                    assertThat(job.failure()).as("failure of %s", query).isEmpty();
                    assertThat(status).as("final status of %s", query).isEqualTo(JobStatus.FINISHED);
                    jobs++;
                }
            }
        }
        assertThat(jobs).as("jobs started by %s", query).isEqualTo(1);
    }

    /** The benchmark's source table as its runner fills it in, plus Weir's base-time so that a run is reproducible. */
    private static String source(Path texts) throws IOException {
        return read(texts, "ddl_gen.sql")
                .replace("${TPS}", "10000")
                .replace("${EVENTS_NUM}", Long.toString(EVENTS))
                .replace("${PERSON_PROPORTION}", "1")
                .replace("${AUCTION_PROPORTION}", "3")
                .replace("${BID_PROPORTION}", "46")
                .replace("'connector' = 'nexmark',",
                        "'connector' = 'nexmark',\n    'base-time' = '2026-01-01 00:00:00',");
    }

    private static Path benchmarkTexts() {
        String configured = System.getProperty("weir.nexmark.dir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        // Tests run in the tests module: the project root is its parent.
        return Paths.get("").toAbsolutePath().getParent().resolve("../shared/nexmark").normalize();
    }

    private static String read(Path texts, String file) throws IOException {
        return Files.readString(texts.resolve(file), StandardCharsets.UTF_8);
    }
}
