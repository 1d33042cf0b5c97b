package io.weir.session;

import io.weir.checkpoint.MetadataStore;
import io.weir.parser.statement.Statement;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import java.util.List;
import java.util.Map;

/**
 * A user's session: the catalog and jobs of one data directory, SET options, and the execution of statements.
 * Free of terminals and networks, so the shell, the golden tests and the JDBC driver drive the same session.
 * Not thread-safe: one statement at a time; the streams and jobs it returns may be used from other threads.
 */
public interface Session extends AutoCloseable {
    /**
     * Opens a session on the configuration's data directory, which it holds until {@link #close()}.
     *
     * @throws io.weir.runtime.WeirException if another process holds the data directory
     */
    static Session open(SessionConfig config) {
        MetadataStore store = MetadataStore.open(config.dataDir());
        try {
            return new LocalSession(config, store,
                    Engine.create(EngineOptions.defaults().withCheckpointStorage(store.checkpointStorage())));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Resumes the jobs the data directory records as running, whose process ended without stopping them: a
     * checkpointed INSERT job runs again from its latest checkpoint under its own id and becomes one of this
     * session's jobs; any other is marked as ended. Call once, right after opening, unless the user said not to.
     */
    List<ResumedJob> resumeInterruptedJobs();

    /** Parses a script into statements (errors carry script positions) without executing them. */
    List<Statement> parse(String script);

    /**
     * Executes one statement. A failing statement throws a {@link io.weir.runtime.WeirException} (or
     * {@link io.weir.parser.ParseException}, {@link io.weir.planner.ValidationException} with a position) and leaves
     * the catalog and the running jobs as they were.
     */
    StatementResult execute(Statement statement);

    /** The options set in this session by SET, over the defaults. */
    Map<String, String> options();

    /** The jobs this session's engine runs or ran, oldest first. */
    List<Job> jobs();

    /** Table and view names, for completion. */
    List<String> tableNames();

    /** Column names of a table or view, for completion; empty if there is none. */
    List<String> columnNames(String table);

    /** Stops every running job and releases the data directory. */
    @Override
    void close();
}
