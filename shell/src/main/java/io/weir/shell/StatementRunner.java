package io.weir.shell;

import io.weir.parser.ParseException;
import io.weir.parser.SourceSpan;
import io.weir.parser.statement.Statement;
import io.weir.planner.ValidationException;
import io.weir.runtime.WeirException;
import io.weir.session.ChangeStream;
import io.weir.session.Session;
import io.weir.session.StatementResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;

/**
 * Executes statements on a session and prints what each produced: query changes and tables to the result output,
 * acknowledgements, job ids and errors to the diagnostic output.
 */
final class StatementRunner {
    private static final String TIME_ZONE_OPTION = "table.local-time-zone";

    private final Session session;
    private final OutputFormat format;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Path logFile;
    private final Interruptions interruptions;

    StatementRunner(Session session, Output output, Interruptions interruptions) {
        this.session = session;
        this.format = output.format();
        this.out = output.results();
        this.err = output.diagnostics();
        this.logFile = output.logFile();
        this.interruptions = interruptions;
    }

    /** Where and how a runner prints. */
    record Output(OutputFormat format, PrintWriter results, PrintWriter diagnostics, Path logFile) {
    }

    /** What executing a statement did: the job it started, if any, and whether the user cancelled its query. */
    record Executed(String startedJobId, boolean cancelled) {
        static final Executed DONE = new Executed(null, false);
        static final Executed CANCELLED = new Executed(null, true);
    }

    /**
     * Executes one statement and prints its result. A query's changes are printed until its job ends or the user
     * cancels it through {@link Interruptions#interrupt()}.
     *
     * @throws RuntimeException as the session throws it, for {@link #report} to print
     */
    Executed execute(Statement statement) {
        StatementResult result = session.execute(statement);
        if (result instanceof StatementResult.Message) {
            err.print(((StatementResult.Message) result).text() + "\n");
            err.flush();
            return Executed.DONE;
        }
        if (result instanceof StatementResult.Table) {
            StatementResult.Table table = (StatementResult.Table) result;
            printer().table(table.columns(), table.rows());
            return Executed.DONE;
        }
        if (result instanceof StatementResult.JobStarted) {
            return jobStarted((StatementResult.JobStarted) result);
        }
        return stream((StatementResult.Changes) result);
    }

    private Executed jobStarted(StatementResult.JobStarted job) {
        err.print(ShellMessages.jobId(job.jobId()) + "\n");
        if (job.finalStatus() != null) {
            err.print(ShellMessages.jobEnded(job.jobId(), job.finalStatus()) + "\n");
        }
        err.flush();
        return new Executed(job.jobId(), false);
    }

    private Executed stream(StatementResult.Changes changes) {
        ResultPrinter printer = printer();
        long count = 0;
        boolean cancelled = false;
        try (ChangeStream stream = changes.stream()) {
            printer.beginChanges(changes.columns());
            interruptions.enterWait();
            try {
                while (stream.next()) {
                    printer.change(stream.kind(), stream.row());
                    count++;
                }
            } catch (InterruptedException e) {
                cancelled = true;
            } finally {
                interruptions.leaveWait();
            }
        }
        printer.endChanges(count, cancelled);
        return cancelled ? Executed.CANCELLED : Executed.DONE;
    }

    private ResultPrinter printer() {
        return format.printer(out, timeZone());
    }

    private ZoneId timeZone() {
        String zone = session.options().get(TIME_ZONE_OPTION);
        if (zone == null || zone.equalsIgnoreCase("default")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            // SET validates the option; should an odd value get through, show times as the session's default does.
            return ZoneId.systemDefault();
        }
    }

    /**
     * Prints the error a statement (or, with {@code statement} null, the parsing of a script) failed with:
     * {@code SOURCE:LINE:COLUMN: message}, the line and a caret. Unexpected errors are logged with their stack trace.
     */
    void report(String source, String script, Statement statement, RuntimeException error) {
        SourceSpan fallback = statement == null ? null : statement.span();
        ErrorReport report;
        if (error instanceof ParseException) {
            report = new ErrorReport(source, ((ParseException) error).span(), error.getMessage());
        } else if (error instanceof ValidationException) {
            SourceSpan span = ((ValidationException) error).span();
            boolean known = span != null && span.startLine() > 0;
            report = new ErrorReport(source, known ? span : fallback, error.getMessage());
        } else if (error instanceof WeirException) {
            report = new ErrorReport(source, fallback, error.getMessage());
        } else {
            LoggerFactory.getLogger(StatementRunner.class).error("statement failed unexpectedly source={} at={}",
                    source, fallback, error);
            report = new ErrorReport(source, fallback, ShellMessages.internalError(error, logFile));
        }
        reportAt(report, script);
    }

    /** Prints a report about {@code script} to the diagnostic output. */
    void reportAt(ErrorReport report, String script) {
        err.print(report.render(script));
        err.flush();
    }
}
