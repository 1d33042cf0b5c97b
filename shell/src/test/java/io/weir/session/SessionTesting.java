package io.weir.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.statement.Statement;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.ValueFormatter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Opens real sessions, runs SQL text through them and reads their results as text. */
final class SessionTesting {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private SessionTesting() {
    }

    static Session open(Path dataDir, int parallelism) {
        return Session.open(new SessionConfig(dataDir, parallelism, ZoneOffset.UTC));
    }

    /** Parses and executes one statement. */
    static StatementResult run(Session session, String sql) {
        List<Statement> statements = session.parse(sql);
        assertThat(statements).as("statements in %s", sql).hasSize(1);
        return session.execute(statements.get(0));
    }

    static StatementResult.Table table(Session session, String sql) {
        StatementResult result = run(session, sql);
        assertThat(result).isInstanceOf(StatementResult.Table.class);
        return (StatementResult.Table) result;
    }

    static StatementResult.Changes changes(Session session, String sql) {
        StatementResult result = run(session, sql);
        assertThat(result).isInstanceOf(StatementResult.Changes.class);
        return (StatementResult.Changes) result;
    }

    static StatementResult.JobStarted insert(Session session, String sql) {
        StatementResult result = run(session, sql);
        assertThat(result).isInstanceOf(StatementResult.JobStarted.class);
        return (StatementResult.JobStarted) result;
    }

    /** Each row as the text of its fields, NULL as {@code null}. */
    static List<List<String>> rows(StatementResult.Table table) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            rows.add(text(row, table.columns()));
        }
        return rows;
    }

    /** The values of one column, as text. */
    static List<String> column(StatementResult.Table table, int field) {
        List<String> values = new ArrayList<>();
        for (List<String> row : rows(table)) {
            values.add(row.get(field));
        }
        return values;
    }

    static List<String> text(Row row, RowType type) {
        List<String> fields = new ArrayList<>(row.arity());
        for (int i = 0; i < row.arity(); i++) {
            fields.add(ValueFormatter.utc().format(row, i, type.type(i)));
        }
        return fields;
    }

    /** Reads a bounded query to its end: each change as {@code +I[a, b]}. */
    static List<String> drain(StatementResult.Changes changes) throws InterruptedException {
        List<String> read = new ArrayList<>();
        try (ChangeStream stream = changes.stream()) {
            while (stream.next()) {
                read.add(stream.kind().shortString() + text(stream.row(), changes.columns()));
            }
        }
        return read;
    }

    /** Task threads of a job, named {@code weir-<job>-<vertex>-<subtask>}. */
    static List<Thread> jobThreads(String jobId) {
        List<Thread> threads = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.isAlive() && thread.getName().startsWith("weir-" + jobId + "-")) {
                threads.add(thread);
            }
        }
        return threads;
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + DEADLINE + " waiting until " + what);
            }
            LockSupport.parkNanos(1_000_000L);
        }
    }
}
