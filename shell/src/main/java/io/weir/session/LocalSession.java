package io.weir.session;

import io.weir.checkpoint.MetadataStore;
import io.weir.parser.ScriptParser;
import io.weir.parser.statement.Statement;
import io.weir.planner.Planner;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.Job;
import java.util.List;
import java.util.Map;

/** A session in this process: the metadata store of its data directory, an engine, and a planner over the catalog. */
final class LocalSession implements Session {
    private final MetadataStore store;
    private final Engine engine;
    private final ScriptParser parser;
    private final SessionOptions options;
    private final SessionCatalog catalog;
    private final CatalogStatements catalogStatements;
    private final JobStatements jobStatements;
    private final StatementExecutor executor;
    private final JobResumption resumption;
    private boolean closed;

    LocalSession(SessionConfig config, MetadataStore store, Engine engine) {
        this.store = store;
        this.engine = engine;
        this.parser = ScriptParser.create();
        this.options = new SessionOptions(config);
        this.catalog = new SessionCatalog(store.catalog(), parser, new SessionSystemTables(store.systemTables(),
                store.checkpoints(), store.checkpointStorage(), this::jobs));
        Planner planner = Planner.create(catalog);
        this.catalogStatements = new CatalogStatements(catalog, planner);
        this.jobStatements = new JobStatements(catalog, planner, engine, store.jobs(), store.checkpointStorage(),
                store.checkpoints(), options);
        this.executor = new StatementExecutor(catalogStatements, jobStatements, options);
        this.resumption = new JobResumption(config, parser, catalog, planner, engine, store.jobs(), store.checkpointStorage(),
                jobStatements);
    }

    @Override
    public List<Statement> parse(String script) {
        return parser.parse(script);
    }

    @Override
    public StatementResult execute(Statement statement) {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        return statement.accept(executor);
    }

    @Override
    public List<ResumedJob> resumeInterruptedJobs() {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
        return resumption.resumeAll();
    }

    @Override
    public Map<String, String> options() {
        return options.all();
    }

    @Override
    public List<Job> jobs() {
        return jobStatements.jobs();
    }

    @Override
    public List<String> tableNames() {
        return catalog.tableNames();
    }

    @Override
    public List<String> columnNames(String table) {
        return catalogStatements.columnNames(table);
    }

    /** The metadata store of the data directory, for tests that check what was recorded. */
    MetadataStore metadataStore() {
        return store;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            jobStatements.stopAll();
            engine.close();
        } finally {
            store.close();
        }
    }
}
