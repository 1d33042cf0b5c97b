package io.weir.tests.faults;

import io.weir.parser.statement.Statement;
import io.weir.runtime.job.Job;
import io.weir.session.Session;
import io.weir.session.SessionConfig;
import io.weir.session.StatementResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Runs the fault job's statements through in-process sessions, and waits for conditions with a deadline. */
final class FaultSessions {
    /** Subtasks per vertex: two, so that every exchange has two channels into each task. */
    static final int PARALLELISM = 2;
    private static final Duration DEADLINE = Duration.ofMinutes(1);

    private FaultSessions() {
    }

    static Session open(Path dataDir) {
        return Session.open(new SessionConfig(dataDir, PARALLELISM, ZoneOffset.UTC));
    }

    /** Executes each statement in turn and returns what the last produced. */
    static StatementResult run(Session session, List<String> statements) {
        StatementResult last = null;
        for (String sql : statements) {
            List<Statement> parsed = session.parse(sql);
            if (parsed.size() != 1) {
                throw new IllegalArgumentException("not one statement: " + sql);
            }
            last = session.execute(parsed.get(0));
        }
        return last;
    }

    /** The session's most recent job. */
    static Job lastJob(Session session) {
        List<Job> jobs = session.jobs();
        return jobs.get(jobs.size() - 1);
    }

    static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(DEADLINE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + DEADLINE + " waiting until " + what);
            }
            LockSupport.parkNanos(2_000_000L);
        }
    }
}
