package io.weir.parser.internal;

import io.weir.parser.ParserErrors;
import io.weir.parser.SourceSpan;
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
import io.weir.parser.statement.ShowCreateTable;
import io.weir.parser.statement.ShowJobs;
import io.weir.parser.statement.ShowCheckpoints;
import io.weir.parser.statement.ShowSavepoints;
import io.weir.parser.statement.ShowOptions;
import io.weir.parser.statement.ShowTables;
import io.weir.parser.statement.ShowViews;
import io.weir.parser.statement.Statement;
import io.weir.parser.statement.StopJob;
import io.weir.parser.statement.TakeSavepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.apache.calcite.sql.SqlNode;

/** Turns the parse tree of one statement into its statement record, handing query bodies to Calcite. */
final class StatementBuilder {
    private final CharStream script;

    StatementBuilder(CharStream script) {
        this.script = script;
    }

    Statement build(WeirParser.StatementContext ctx) {
        SourceSpan span = Positions.of(ctx);
        String text = text(ctx);
        if (ctx instanceof WeirParser.CreateStatementContext create) {
            return create(create.createBody(), span, text);
        }
        if (ctx instanceof WeirParser.DropStatementContext drop) {
            return drop(drop.dropBody(), span, text);
        }
        if (ctx instanceof WeirParser.ShowStatementContext show) {
            return show(show.showBody(), span, text);
        }
        if (ctx instanceof WeirParser.DescribeJobStatementContext describeJob) {
            return new DescribeJob(span, text, Identifiers.string(describeJob.jobId));
        }
        if (ctx instanceof WeirParser.DescribeStatementContext describe) {
            return new Describe(span, text, Identifiers.objectName(describe.objectName()));
        }
        if (ctx instanceof WeirParser.SetStatementContext set) {
            return set.key == null ? new ShowOptions(span, text)
                    : new SetOption(span, text, Identifiers.string(set.key), Identifiers.string(set.value));
        }
        if (ctx instanceof WeirParser.ResetStatementContext reset) {
            return new ResetOption(span, text, reset.key == null ? null : Identifiers.string(reset.key));
        }
        if (ctx instanceof WeirParser.ExplainStatementContext explain) {
            return new Explain(span, text, explainable(explain.explainable()));
        }
        if (ctx instanceof WeirParser.StopJobStatementContext stop) {
            boolean savepoint = false;
            boolean drain = false;
            for (WeirParser.StopOptionContext option : stop.stopOption()) {
                savepoint |= option.SAVEPOINT() != null;
                drain |= option.DRAIN() != null;
            }
            return new StopJob(span, text, Identifiers.string(stop.jobId), savepoint, drain);
        }
        if (ctx instanceof WeirParser.SavepointStatementContext savepoint) {
            return new TakeSavepoint(span, text, Identifiers.string(savepoint.jobId));
        }
        if (ctx instanceof WeirParser.InsertStatementContext insert) {
            return insert(insert.insert());
        }
        return query(((WeirParser.QueryStatementContext) ctx).query());
    }

    private Statement explainable(WeirParser.ExplainableContext ctx) {
        return ctx.insert() != null ? insert(ctx.insert()) : query(ctx.query());
    }

    private Query query(WeirParser.QueryContext ctx) {
        return new Query(Positions.of(ctx), text(ctx), parseQuery(ctx));
    }

    private Insert insert(WeirParser.InsertContext ctx) {
        return new Insert(Positions.of(ctx), text(ctx), Identifiers.objectName(ctx.objectName()),
                Identifiers.names(ctx.columnNames()), ctx.OVERWRITE() != null, parseQuery(ctx.query()));
    }

    private Statement create(WeirParser.CreateBodyContext ctx, SourceSpan span, String text) {
        if (ctx instanceof WeirParser.CreateViewContext view) {
            return new CreateView(span, text, Identifiers.objectName(view.objectName()), view.ifNotExists() != null,
                    view.TEMPORARY() != null, Identifiers.names(view.columnNames()), parseQuery(view.query()),
                    text(view.query()));
        }
        WeirParser.CreateTableContext table = (WeirParser.CreateTableContext) ctx;
        TableParts parts = new TableParts();
        for (WeirParser.TableElementContext element : table.tableElement()) {
            parts.add(element);
        }
        Optional<String> comment = Optional.ofNullable(table.comment).map(Identifiers::string);
        return new CreateTable(span, text, Identifiers.objectName(table.objectName()), table.ifNotExists() != null,
                parts.columns, Optional.ofNullable(parts.watermark), parts.primaryKey, comment,
                options(table.withOptions()));
    }

    private static Statement drop(WeirParser.DropBodyContext ctx, SourceSpan span, String text) {
        if (ctx instanceof WeirParser.DropTableContext table) {
            return new DropTable(span, text, Identifiers.objectName(table.objectName()), table.ifExists() != null);
        }
        WeirParser.DropViewContext view = (WeirParser.DropViewContext) ctx;
        return new DropView(span, text, Identifiers.objectName(view.objectName()), view.ifExists() != null);
    }

    private static Statement show(WeirParser.ShowBodyContext ctx, SourceSpan span, String text) {
        if (ctx instanceof WeirParser.ShowTablesContext) {
            return new ShowTables(span, text);
        }
        if (ctx instanceof WeirParser.ShowViewsContext) {
            return new ShowViews(span, text);
        }
        if (ctx instanceof WeirParser.ShowJobsContext) {
            return new ShowJobs(span, text);
        }
        if (ctx instanceof WeirParser.ShowSavepointsContext) {
            return new ShowSavepoints(span, text);
        }
        if (ctx instanceof WeirParser.ShowCheckpointsContext checkpoints) {
            return new ShowCheckpoints(span, text, Identifiers.string(checkpoints.jobId));
        }
        WeirParser.ShowCreateContext create = (WeirParser.ShowCreateContext) ctx;
        return new ShowCreateTable(span, text, Identifiers.objectName(create.objectName()));
    }

    private static Map<String, String> options(WeirParser.WithOptionsContext ctx) {
        Map<String, String> options = new LinkedHashMap<>();
        if (ctx != null) {
            for (WeirParser.OptionContext option : ctx.option()) {
                String key = Identifiers.string(option.key);
                if (options.put(key, Identifiers.string(option.value)) != null) {
                    throw ParserErrors.duplicateOption(Positions.of(option.key), key);
                }
            }
        }
        return options;
    }

    private SqlNode parseQuery(WeirParser.QueryContext ctx) {
        Token start = ctx.getStart();
        return CalciteBodies.parseQuery(text(ctx), start.getLine(), start.getCharPositionInLine() + 1);
    }

    private SqlNode parseExpression(WeirParser.ExpressionContext ctx) {
        Token start = ctx.getStart();
        return CalciteBodies.parseExpression(text(ctx), start.getLine(), start.getCharPositionInLine() + 1);
    }

    private String text(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        return script.getText(Interval.of(ctx.getStart().getStartIndex(), stop.getStopIndex()));
    }

    /** The columns, watermark and primary key of a CREATE TABLE, gathered element by element. */
    private final class TableParts {
        private final List<CreateTable.Column> columns = new ArrayList<>();
        private CreateTable.Watermark watermark;
        private List<String> primaryKey = List.of();

        void add(WeirParser.TableElementContext element) {
            SourceSpan span = Positions.of(element);
            if (element instanceof WeirParser.WatermarkDefinitionContext definition) {
                if (watermark != null) {
                    throw ParserErrors.secondWatermark(span);
                }
                watermark = new CreateTable.Watermark(Identifiers.name(definition.identifier()),
                        parseExpression(definition.expression()), text(definition.expression()), span);
            } else if (element instanceof WeirParser.PrimaryKeyDefinitionContext key) {
                setPrimaryKey(Identifiers.names(key.columnNames()), key.ENFORCED() != null, span);
            } else if (element instanceof WeirParser.ComputedColumnContext computed) {
                columns.add(new CreateTable.ComputedColumn(Identifiers.name(computed.identifier()),
                        parseExpression(computed.expression()), text(computed.expression()),
                        Optional.ofNullable(computed.comment).map(Identifiers::string), span));
            } else {
                WeirParser.PhysicalColumnContext physical = (WeirParser.PhysicalColumnContext) element;
                String name = Identifiers.name(physical.identifier());
                columns.add(new CreateTable.PhysicalColumn(name, TypeSpecs.of(physical.dataType()),
                        Optional.ofNullable(physical.comment).map(Identifiers::string), span));
                WeirParser.ColumnPrimaryKeyContext key = physical.columnPrimaryKey();
                if (key != null) {
                    setPrimaryKey(List.of(name), key.ENFORCED() != null, Positions.of(key));
                }
            }
        }

        private void setPrimaryKey(List<String> key, boolean notEnforced, SourceSpan span) {
            if (!primaryKey.isEmpty()) {
                throw ParserErrors.secondPrimaryKey(span);
            }
            if (!notEnforced) {
                throw ParserErrors.primaryKeyMustBeNotEnforced(span);
            }
            primaryKey = key;
        }
    }
}
