package io.weir.shell;

import io.weir.runtime.WeirException;
import io.weir.session.ResumedJob;
import io.weir.session.Session;
import io.weir.session.SessionConfig;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.Signals;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ParameterException;

/** The {@code weir} command: runs a script given with {@code -f} or {@code -e}, or opens the interactive shell. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = writer(FileDescriptor.out);
        PrintWriter err = writer(FileDescriptor.err);
        int status = run(args, System.getenv(), out, err, dataDir -> Session.open(SessionConfig.defaults(dataDir)));
        out.flush();
        err.flush();
        // Exit rather than return: a library thread that is not a daemon must not keep a finished run alive.
        System.exit(status);
    }

    /** Where the command's log goes for a data directory. */
    static Path logFile(Path dataDir) {
        return dataDir.resolve("logs").resolve(LogConfigurator.FILE_NAME);
    }

    /**
     * Runs the command as {@code main} does, printing to {@code out} and {@code err}, opening sessions with
     * {@code sessions}; returns the exit status instead of exiting.
     */
    static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
            Function<Path, Session> sessions) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args, environment);
        } catch (ParameterException e) {
            err.print("weir: " + e.getMessage() + "\nTry 'weir --help' for more information.\n");
            err.flush();
            return ExitStatus.USAGE_ERROR;
        }
        if (invocation instanceof Invocation.ShowText) {
            out.print(((Invocation.ShowText) invocation).text());
            out.flush();
            return ExitStatus.SUCCESS;
        }
        if (invocation instanceof Invocation.RunScript) {
            return runScript((Invocation.RunScript) invocation, out, err, sessions);
        }
        return openShell(((Invocation.OpenShell) invocation).settings(), err, sessions);
    }

    private static int runScript(Invocation.RunScript invocation, PrintWriter out, PrintWriter err,
            Function<Path, Session> sessions) {
        String script = invocation.sql();
        if (script == null) {
            try {
                script = Files.readString(invocation.file(), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                return usageError(err, ShellMessages.cannotReadScript(invocation.file(), "no such file"));
            } catch (IOException e) {
                return usageError(err, ShellMessages.cannotReadScript(invocation.file(), e.toString()));
            }
        }
        Invocation.Settings settings = invocation.settings();
        Session session = open(settings, err, sessions);
        if (session == null) {
            return ExitStatus.FAILED;
        }
        try (session) {
            Interruptions interruptions = new Interruptions();
            StatementRunner.Output output =
                    new StatementRunner.Output(settings.format(), out, err, logFile(settings.dataDir()));
            ScriptRun run = new ScriptRun(session, new StatementRunner(session, output, interruptions), interruptions);
            AtomicInteger presses = new AtomicInteger();
            Object handler = Signals.register("INT", () -> {
                if (presses.incrementAndGet() == 1) {
                    run.interrupt();
                } else {
                    // The user insists: the run did not stop in time, so leave without waiting for the jobs.
                    Runtime.getRuntime().halt(ExitStatus.INTERRUPTED);
                }
            });
            try {
                return run.run(invocation.source(), script);
            } finally {
                Signals.unregister("INT", handler);
            }
        } catch (RuntimeException e) {
            return internalError(e, err, settings.dataDir());
        }
    }

    private static int openShell(Invocation.Settings settings, PrintWriter err, Function<Path, Session> sessions) {
        Session session = open(settings, err, sessions);
        if (session == null) {
            return ExitStatus.FAILED;
        }
        try (session; Terminal terminal = TerminalBuilder.builder().system(true).name("weir").build()) {
            return new InteractiveShell(session, terminal, settings.format(), err, settings.dataDir()).run();
        } catch (IOException e) {
            err.print("weir: Cannot open the terminal: " + e.getMessage() + "\n");
            err.flush();
            return ExitStatus.FAILED;
        } catch (RuntimeException e) {
            return internalError(e, err, settings.dataDir());
        }
    }

    /**
     * Opens the session on the data directory and resumes the jobs an ended process left running there (saying so on
     * stderr), or prints why it cannot open it and returns null.
     */
    private static Session open(Invocation.Settings settings, PrintWriter err, Function<Path, Session> sessions) {
        LogConfigurator.useDirectory(settings.dataDir().resolve("logs"));
        Session session;
        try {
            session = sessions.apply(settings.dataDir());
        } catch (WeirException e) {
            err.print("weir: " + e.getMessage() + "\n");
            err.flush();
            return null;
        }
        if (settings.resumeJobs()) {
            try {
                for (ResumedJob job : session.resumeInterruptedJobs()) {
                    err.print(job.message() + "\n");
                }
            } catch (RuntimeException e) {
                session.close();
                throw e;
            }
            err.flush();
        }
        return session;
    }

    private static int usageError(PrintWriter err, String message) {
        err.print("weir: " + message + "\n");
        err.flush();
        return ExitStatus.USAGE_ERROR;
    }

    private static int internalError(RuntimeException e, PrintWriter err, Path dataDir) {
        LoggerFactory.getLogger(Main.class).error("the command failed unexpectedly", e);
        err.print("weir: " + ShellMessages.internalError(e, logFile(dataDir)) + "\n");
        err.flush();
        return ExitStatus.FAILED;
    }

    private static PrintWriter writer(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8));
    }
}
