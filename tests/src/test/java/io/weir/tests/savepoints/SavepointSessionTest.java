package io.weir.tests.savepoints;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.statement.Statement;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.row.Row;
import io.weir.session.Session;
import io.weir.session.SessionConfig;
import io.weir.session.StatementResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real session takes savepoints of a window aggregation from a paced datagen source into the filesystem sink,
 * with or without periodic checkpoints, stops it with a savepoint, lists the savepoints, and starts the query again
 * from the last one, moved to another directory, at another parallelism.
 */
@Tag("slow")
class SavepointSessionTest {
    private static final long ROWS = 6000;
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern WRITTEN_TO = Pattern.compile("written to '([^']+)'");

    @TempDir
    Path tmp;

    private Session session;

    private StatementResult run(String sql) {
        List<Statement> statements = session.parse(sql);
        assertThat(statements).hasSize(1);
        return session.execute(statements.get(0));
    }

    private String message(String sql) {
        StatementResult result = run(sql);
        assertThat(result).isInstanceOf(StatementResult.Message.class);
        return ((StatementResult.Message) result).text();
    }

    private Job job(String id) {
        return session.jobs().stream().filter(j -> j.id().equals(id)).findFirst().orElseThrow();
    }

    private static long rowsRead(Job job) {
        long rows = 0;
        for (Map.Entry<String, Long> metric : job.metrics().entrySet()) {
            if (metric.getKey().endsWith(".source.records.in")) {
                rows += metric.getValue();
            }
        }
        return rows;
    }

    private static void awaitUntil(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEADLINE + " waiting until " + what);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static String directoryIn(String message) {
        Matcher m = WRITTEN_TO.matcher(message);
        assertThat(m.find()).as("a directory in: %s", message).isTrue();
        return m.group(1);
    }

    /** Every committed row of the sink's directory, as {@code count,sum} lines; hidden in-progress files are not. */
    private static List<String> committedLines(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && !name.startsWith(".") && !name.startsWith("_")) {
                    lines.addAll(Files.readAllLines(file));
                }
            }
        }
        return lines;
    }

    /** What one uninterrupted run commits: per 10 s window of ids (id i at i seconds), its count and sum. */
    private static List<String> uninterruptedRun() {
        List<String> lines = new ArrayList<>();
        for (long start = 0; start <= ROWS; start += 10) {
            long count = 0;
            long sum = 0;
            for (long id = Math.max(1, start); id < start + 10 && id <= ROWS; id++) {
                count++;
                sum += id;
            }
            lines.add(count + "," + sum);
        }
        return lines;
    }

    private static final String INSERT = "INSERT INTO windows SELECT COUNT(*), SUM(id) "
            + "FROM TABLE(TUMBLE(TABLE ids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) "
            + "GROUP BY window_start, window_end";

    /** The paced source of ids and the window counts' filesystem sink writing to {@code output}. */
    private void createTables(Path output) {
        run("CREATE TABLE ids (id BIGINT, "
                + "ts AS CAST(TIMESTAMP '2026-01-01 00:00:00' + INTERVAL '1' SECOND * id AS TIMESTAMP(3)), "
                + "WATERMARK FOR ts AS ts) WITH ("
                + "'connector' = 'datagen', 'rows-per-second' = '500', 'fields.id.kind' = 'sequence', "
                + "'fields.id.start' = '1', 'fields.id.end' = '" + ROWS + "')");
        run("CREATE TABLE windows (n BIGINT, total BIGINT) WITH ('connector' = 'filesystem', 'path' = '"
                + output + "', 'format' = 'csv')");
    }

    @Test
    void aJobWithoutCheckpointingStoppedWithASavepointIsContinuedFromItExactlyOnce() throws Exception {
        Path output = tmp.resolve("out");
        try (Session opened = Session.open(new SessionConfig(tmp.resolve("weir-data"), 2, ZoneOffset.UTC))) {
            session = opened;
            createTables(output);
            assertThat(session.options()).doesNotContainKey("execution.checkpointing.interval");
            String jobId = ((StatementResult.JobStarted) run(INSERT)).jobId();
            Job first = job(jobId);
            awaitUntil("the first run read 1000 rows", () -> rowsRead(first) >= 1000);

            String stopped = message("STOP JOB '" + jobId + "' WITH SAVEPOINT");
            assertThat(first.status()).isEqualTo(JobStatus.CANCELED);
            assertThat(rowsRead(first)).isLessThan(ROWS);
            assertThat(committedLines(output)).isNotEmpty();

            run("SET 'execution.state-recovery.path' = '" + directoryIn(stopped) + "'");
            run("SET 'table.dml-sync' = 'true'");
            StatementResult.JobStarted second = (StatementResult.JobStarted) run(INSERT);

            assertThat(second.finalStatus()).isEqualTo("FINISHED");
        }
        assertThat(committedLines(output)).containsExactlyInAnyOrderElementsOf(uninterruptedRun());
    }

    @Test
    void savepointsTakenByTheSessionRestoreAMovedSavepointAtAnotherParallelismExactlyOnce() throws Exception {
        Path output = tmp.resolve("out");
        try (Session opened = Session.open(new SessionConfig(tmp.resolve("weir-data"), 2, ZoneOffset.UTC))) {
            session = opened;
            createTables(output);
            run("SET 'execution.checkpointing.interval' = '1 s'");
            String insert = INSERT;
            String jobId = ((StatementResult.JobStarted) run(insert)).jobId();
            Job first = job(jobId);
            awaitUntil("the first run read 500 rows", () -> rowsRead(first) >= 500);

            String taken = message("SAVEPOINT '" + jobId + "'");
            assertThat(taken).startsWith("Savepoint of job '" + jobId + "' written to '");
            assertThat(first.status()).isEqualTo(JobStatus.RUNNING);
            awaitUntil("the first run read 1500 rows", () -> rowsRead(first) >= 1500);

            String stopped = message("STOP JOB '" + jobId + "' WITH SAVEPOINT");
            assertThat(stopped).endsWith("'; job stopped");
            assertThat(first.status()).isEqualTo(JobStatus.CANCELED);
            assertThat(rowsRead(first)).isLessThan(ROWS);

            StatementResult.Table savepoints = (StatementResult.Table) run("SHOW SAVEPOINTS");
            assertThat(savepoints.columns().fields()).extracting(f -> f.name())
                    .containsExactly("job id", "savepoint id", "path", "taken at", "size bytes");
            assertThat(savepoints.rows()).extracting(r -> r.getString(2))
                    .containsExactly(directoryIn(taken), directoryIn(stopped));
            for (Row row : savepoints.rows()) {
                assertThat(row.getString(0)).isEqualTo(jobId);
                assertThat(row.getLong(4)).isPositive();
            }

            Path moved = tmp.resolve("elsewhere").resolve("last-savepoint");
            Files.createDirectories(moved.getParent());
            Files.move(Path.of(directoryIn(stopped)), moved);
            run("SET 'execution.state-recovery.path' = '" + moved + "'");
            run("SET 'parallelism.default' = '3'");
            run("SET 'table.dml-sync' = 'true'");
            StatementResult.JobStarted second = (StatementResult.JobStarted) run(insert);

            assertThat(second.finalStatus()).isEqualTo("FINISHED");
        }
        assertThat(committedLines(output)).containsExactlyInAnyOrderElementsOf(uninterruptedRun());
    }
}
