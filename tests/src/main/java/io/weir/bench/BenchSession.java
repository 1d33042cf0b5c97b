package io.weir.bench;

import io.weir.parser.statement.Statement;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.session.Session;
import io.weir.session.SessionConfig;
import io.weir.session.StatementResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;

/** A session on a scratch data directory for a benchmark: runs SQL, waits for INSERT jobs, cleans up after itself. */
final class BenchSession implements AutoCloseable {
    private final Path dataDir;
    private final Session session;

    BenchSession(int parallelism) throws IOException {
        this.dataDir = Files.createTempDirectory("weir-bench");
        this.session = Session.open(new SessionConfig(dataDir, parallelism, ZoneOffset.UTC));
    }

    /** Executes every statement of the script and returns the last one's result. */
    StatementResult run(String sql) {
        StatementResult last = null;
        for (Statement statement : session.parse(sql)) {
            last = session.execute(statement);
        }
        return last;
    }

    /** Starts an INSERT and returns its running job. */
    Job start(String insert) {
        String jobId = ((StatementResult.JobStarted) run(insert)).jobId();
        return session.jobs().stream().filter(j -> j.id().equals(jobId)).findFirst().orElseThrow();
    }

    /** Runs an INSERT and waits for its job, which must finish. */
    JobStatus runToEnd(String insert) throws Exception {
        Job job = start(insert);
        JobStatus status = job.termination().get();
        if (status != JobStatus.FINISHED) {
            throw new IllegalStateException("job ended " + status, job.failure().orElse(null));
        }
        return status;
    }

    @Override
    public void close() throws IOException {
        session.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
