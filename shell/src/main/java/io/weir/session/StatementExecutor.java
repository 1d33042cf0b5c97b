package io.weir.session;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import io.weir.parser.statement.Describe;
import io.weir.parser.statement.DescribeJob;
import io.weir.parser.statement.DropTable;
import io.weir.parser.statement.DropView;
import io.weir.parser.statement.Explain;
import io.weir.parser.statement.Insert;
import io.weir.parser.statement.Query;
import io.weir.parser.statement.ResetOption;
import io.weir.parser.statement.SetOption;
import io.weir.parser.statement.ShowCheckpoints;
import io.weir.parser.statement.ShowCreateTable;
import io.weir.parser.statement.ShowJobs;
import io.weir.parser.statement.ShowOptions;
import io.weir.parser.statement.ShowSavepoints;
import io.weir.parser.statement.ShowTables;
import io.weir.parser.statement.ShowViews;
import io.weir.parser.statement.StatementVisitor;
import io.weir.parser.statement.StopJob;
import io.weir.parser.statement.TakeSavepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Routes each kind of statement to the part of the session that executes it. */
final class StatementExecutor implements StatementVisitor<StatementResult> {
    private final CatalogStatements catalog;
    private final JobStatements jobs;
    private final SessionOptions options;

    StatementExecutor(CatalogStatements catalog, JobStatements jobs, SessionOptions options) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.options = options;
    }

    @Override
    public StatementResult visit(CreateTable statement) {
        return catalog.createTable(statement);
    }

    @Override
    public StatementResult visit(CreateView statement) {
        return catalog.createView(statement);
    }

    @Override
    public StatementResult visit(DropTable statement) {
        return catalog.dropTable(statement);
    }

    @Override
    public StatementResult visit(DropView statement) {
        return catalog.dropView(statement);
    }

    @Override
    public StatementResult visit(ShowTables statement) {
        return catalog.showTables();
    }

    @Override
    public StatementResult visit(ShowViews statement) {
        return catalog.showViews();
    }

    @Override
    public StatementResult visit(ShowCreateTable statement) {
        return catalog.showCreate(statement);
    }

    @Override
    public StatementResult visit(Describe statement) {
        return catalog.describe(statement);
    }

    @Override
    public StatementResult visit(SetOption statement) {
        options.set(statement.key(), statement.value());
        return new StatementResult.Message("Option '" + statement.key() + "' set to '" + statement.value() + "'");
    }

    @Override
    public StatementResult visit(ShowOptions statement) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, String> option : options.all().entrySet()) {
            rows.add(List.of(option.getKey(), option.getValue()));
        }
        return ResultTables.strings(List.of("key", "value"), rows);
    }

    @Override
    public StatementResult visit(ResetOption statement) {
        if (statement.key() == null) {
            options.resetAll();
            return new StatementResult.Message("All options reset");
        }
        options.reset(statement.key());
        return new StatementResult.Message("Option '" + statement.key() + "' reset");
    }

    @Override
    public StatementResult visit(Explain statement) {
        return jobs.explain(statement);
    }

    @Override
    public StatementResult visit(Insert statement) {
        return jobs.insert(statement);
    }

    @Override
    public StatementResult visit(Query statement) {
        return jobs.query(statement);
    }

    @Override
    public StatementResult visit(ShowJobs statement) {
        return jobs.showJobs();
    }

    @Override
    public StatementResult visit(StopJob statement) {
        return jobs.stopJob(statement);
    }

    @Override
    public StatementResult visit(DescribeJob statement) {
        return jobs.describeJob(statement);
    }

    @Override
    public StatementResult visit(TakeSavepoint statement) {
        return jobs.savepoint(statement);
    }

    @Override
    public StatementResult visit(ShowSavepoints statement) {
        return jobs.showSavepoints();
    }

    @Override
    public StatementResult visit(ShowCheckpoints statement) {
        return jobs.showCheckpoints(statement);
    }
}
