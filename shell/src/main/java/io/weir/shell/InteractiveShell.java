package io.weir.shell;

import io.weir.parser.statement.Statement;
import io.weir.runtime.job.Job;
import io.weir.session.Session;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.slf4j.LoggerFactory;

/**
 * The interactive shell: reads statements ended by {@code ;} from a terminal, with history and completion, executes
 * them and prints their results, until Ctrl-D. Ctrl-C clears the line being typed or cancels the query being printed;
 * leaving stops the session's running jobs.
 */
final class InteractiveShell {
    static final String SOURCE = "<shell>";
    static final String PROMPT = "weir> ";
    static final String CONTINUATION_PROMPT = "  -> ";

    private final Session session;
    private final Terminal terminal;
    private final PrintWriter err;
    private final StatementRunner runner;
    private final Interruptions interruptions = new Interruptions();
    private final Path historyFile;

    InteractiveShell(Session session, Terminal terminal, OutputFormat format, PrintWriter err, Path dataDir) {
        this.session = session;
        this.terminal = terminal;
        this.err = err;
        this.historyFile = dataDir.resolve("history");
        StatementRunner.Output output = new StatementRunner.Output(format, terminal.writer(), err, Main.logFile(dataDir));
        this.runner = new StatementRunner(session, output, interruptions);
    }

    /** Runs the shell until the user leaves; returns the command's {@link ExitStatus}. */
    int run() {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("weir")
                .parser(new StatementLineParser())
                .completer(new SqlCompleter(session, SqlKeywords.ALL))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION_PROMPT)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .build();
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> interruptions.interrupt());
        try {
            while (true) {
                String input;
                try {
                    input = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    break;
                }
                if (StatementLineParser.isQuit(input)) {
                    break;
                }
                runInput(input);
            }
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            saveHistory(reader);
        }
        stopRunningJobs();
        return ExitStatus.SUCCESS;
    }

    private void runInput(String input) {
        List<Statement> statements;
        try {
            statements = session.parse(input);
        } catch (RuntimeException e) {
            runner.report(SOURCE, input, null, e);
            return;
        }
        for (Statement statement : statements) {
            try {
                if (runner.execute(statement).cancelled()) {
                    return;
                }
            } catch (RuntimeException e) {
                runner.report(SOURCE, input, statement, e);
                return;
            }
        }
    }

    private void stopRunningJobs() {
        for (Job job : session.jobs()) {
            if (!job.status().isTerminal()) {
                err.print(ShellMessages.stoppingJob(job.id(), job.name()) + "\n");
                job.cancel();
            }
        }
        err.flush();
    }

    private static void saveHistory(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            LoggerFactory.getLogger(InteractiveShell.class).warn("could not save the shell history", e);
        }
    }
}
