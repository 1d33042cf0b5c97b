package io.weir.session;

import static io.weir.session.SessionTesting.changes;
import static io.weir.session.SessionTesting.drain;
import static io.weir.session.SessionTesting.jobThreads;
import static io.weir.session.SessionTesting.open;
import static io.weir.session.SessionTesting.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryStatementsTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private static final String ENDLESS = "CREATE TABLE endless (id BIGINT) WITH ('connector' = 'datagen', "
            + "'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '9000000000000')";

    private static Job job(Session session, String jobId) {
        for (Job job : session.jobs()) {
            if (job.id().equals(jobId)) {
                return job;
            }
        }
        throw new AssertionError("no job " + jobId + " in " + session.jobs());
    }

    @Test
    void aBoundedQueryStreamsEveryRowThenEnds() throws Exception {
        try (Session session = open(dataDir, 2)) {
            run(session, "CREATE TABLE numbers (id BIGINT, label AS 'n' || CAST(id AS STRING)) WITH ("
                    + "'connector' = 'datagen', 'number-of-rows' = '5', 'fields.id.kind' = 'sequence', "
                    + "'fields.id.start' = '1', 'fields.id.end' = '5')");
            StatementResult.Changes result = changes(session, "SELECT id, label FROM numbers WHERE id <> 3");
            assertThat(result.updating()).isFalse();
            assertThat(result.columns().names()).containsExactly("id", "label");
            assertThat(drain(result)).containsExactlyInAnyOrder("+I[1, n1]", "+I[2, n2]", "+I[4, n4]", "+I[5, n5]");
        }
    }

    @Test
    void nextKeepsReturningFalseOnceABoundedQueryHasEnded() throws Exception {
        try (Session session = open(dataDir, 1)) {
            try (ChangeStream stream = changes(session, "SELECT 1").stream()) {
                assertThat(stream.next()).isTrue();
                assertThat(stream.row().getLong(0)).isEqualTo(1);
                assertThat(stream.next()).isFalse();
                assertThat(stream.next()).isFalse();
                assertThat(job(session, stream.jobId()).status()).isEqualTo(JobStatus.FINISHED);
            }
        }
    }

    @Test
    void aCsvFileQueriedFromDiskIsReadWhole() throws Exception {
        Files.writeString(files.resolve("bids.csv"), "1,apple,2.50\n2,pear,3.00\n");
        try (Session session = open(dataDir, 2)) {
            run(session, "CREATE TABLE bids (id INT, item STRING, price DECIMAL(5, 2)) WITH ('connector' = 'filesystem', "
                    + "'path' = '" + files + "', 'format' = 'csv')");
            assertThat(drain(changes(session, "SELECT item, price FROM bids")))
                    .containsExactlyInAnyOrder("+I[apple, 2.50]", "+I[pear, 3.00]");
        }
    }

    @Test
    void aJsonFileQueriedFromDiskIsReadWhole() throws Exception {
        Files.writeString(files.resolve("bids.json"), "{\"id\": 1, \"item\": \"apple\"}\n{\"id\": 2, \"item\": null}\n");
        try (Session session = open(dataDir, 1)) {
            run(session, "CREATE TABLE bids (id INT, item STRING) WITH ('connector' = 'filesystem', "
                    + "'path' = '" + files.resolve("bids.json") + "', 'format' = 'json')");
            assertThat(drain(changes(session, "SELECT id, item FROM bids")))
                    .containsExactlyInAnyOrder("+I[1, apple]", "+I[2, null]");
        }
    }

    @Test
    void aMalformedCsvLineFailsTheQueryNamingTheFileLineAndField() throws Exception {
        Path csv = files.resolve("bids.csv");
        Files.writeString(csv, "1,apple\n2,pear\nthree,plum\n");
        try (Session session = open(dataDir, 1)) {
            run(session, "CREATE TABLE bids (id INT, item STRING) WITH ('connector' = 'filesystem', "
                    + "'path' = '" + csv + "', 'format' = 'csv')");
            StatementResult.Changes result = changes(session, "SELECT id, item FROM bids");
            assertThatThrownBy(() -> drain(result))
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.JOB_FAILED))
                    .hasMessageContaining("Cannot parse 'three' as INT for column 'id' in file '" + csv + "' at line 3, field 1");
            assertThat(job(session, result.stream().jobId()).status()).isEqualTo(JobStatus.FAILED);
        }
    }

    @Test
    void closingAnUnboundedQueryCancelsItsJobAndEndsItsThreads() throws Exception {
        try (Session session = open(dataDir, 2)) {
            run(session, ENDLESS);
            ChangeStream stream = changes(session, "SELECT id FROM endless WHERE id > 0").stream();
            List<Long> read = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                assertThat(stream.next()).isTrue();
                read.add(stream.row().getLong(0));
            }
            assertThat(jobThreads(stream.jobId())).isNotEmpty();
            stream.close();
            assertThat(jobThreads(stream.jobId())).isEmpty();
            assertThat(job(session, stream.jobId()).status()).isEqualTo(JobStatus.CANCELED);
            assertThat(read).hasSize(3);
        }
    }

    @Test
    void closingAnUnboundedQueryThatWasNeverReadEndsItsThreads() {
        try (Session session = open(dataDir, 2)) {
            run(session, ENDLESS);
            ChangeStream stream = changes(session, "SELECT id FROM endless").stream();
            SessionTesting.await("the collect buffer is full", () -> job(session, stream.jobId()).bufferedRows() > 0);
            stream.close();
            assertThat(jobThreads(stream.jobId())).isEmpty();
        }
    }

    @Test
    void readingAClosedQueryFailsSayingItWasStopped() throws Exception {
        try (Session session = open(dataDir, 1)) {
            run(session, ENDLESS);
            ChangeStream stream = changes(session, "SELECT id FROM endless").stream();
            stream.close();
            assertThatThrownBy(stream::next)
                    .isInstanceOfSatisfying(WeirException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.JOB_FAILED))
                    .hasMessage("Job '" + stream.jobId() + "' was stopped");
        }
    }

    @Test
    void aQueryOverAnUnknownTableStartsNoJob() {
        try (Session session = open(dataDir, 1)) {
            assertThatThrownBy(() -> run(session, "SELECT * FROM nowhere")).isInstanceOf(WeirException.class)
                    .hasMessageContaining("nowhere");
            assertThat(session.jobs()).isEmpty();
        }
    }
}
