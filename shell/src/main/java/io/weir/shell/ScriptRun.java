package io.weir.shell;

import io.weir.parser.statement.Statement;
import io.weir.runtime.WeirException;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.session.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.LoggerFactory;

/**
 * A {@code -f} or {@code -e} run: executes a script's statements in order, stopping at the first that fails, then
 * waits until every job they started, and every job the session resumed when it opened, has ended. The first
 * failure, or Ctrl-C, stops those jobs for good.
 */
final class ScriptRun {
    private static final long STOP_TIMEOUT_SECONDS = 30;

    private final Session session;
    private final StatementRunner runner;
    private final Interruptions interruptions;
    private volatile boolean interrupted;

    ScriptRun(Session session, StatementRunner runner, Interruptions interruptions) {
        this.session = session;
        this.runner = runner;
        this.interruptions = interruptions;
    }

    /** Asks the run to stop as after Ctrl-C: cancels the query being printed and then the run's jobs. Any thread. */
    void interrupt() {
        interrupted = true;
        interruptions.interrupt();
    }

    /**
     * Runs {@code script}, naming it {@code source} in error reports.
     *
     * @return the command's {@link ExitStatus}
     */
    int run(String source, String script) {
        List<Statement> statements;
        try {
            statements = session.parse(script);
        } catch (RuntimeException e) {
            runner.report(source, script, null, e);
            return ExitStatus.FAILED;
        }
        // Jobs the session resumed when it opened are waited for as the script's own; they have no statement here.
        Map<String, Statement> started = new LinkedHashMap<>();
        for (Job job : session.jobs()) {
            started.put(job.id(), null);
        }
        for (Statement statement : statements) {
            if (interrupted) {
                stop(started.keySet());
                return ExitStatus.INTERRUPTED;
            }
            StatementRunner.Executed executed;
            try {
                executed = runner.execute(statement);
            } catch (RuntimeException e) {
                runner.report(source, script, statement, e);
                stop(started.keySet());
                return ExitStatus.FAILED;
            }
            if (executed.startedJobId() != null) {
                started.put(executed.startedJobId(), statement);
            }
            if (executed.cancelled()) {
                stop(started.keySet());
                return ExitStatus.INTERRUPTED;
            }
        }
        return awaitJobs(source, script, started);
    }

    private int awaitJobs(String source, String script, Map<String, Statement> started) {
        List<Job> jobs = jobs(started.keySet());
        BlockingQueue<Job> ended = new LinkedBlockingQueue<>();
        for (Job job : jobs) {
            job.termination().whenComplete((status, error) -> ended.add(job));
        }
        interruptions.enterWait();
        try {
            for (int remaining = jobs.size(); remaining > 0 && !interrupted; remaining--) {
                Job job = ended.take();
                if (job.status() == JobStatus.FAILED) {
                    String cause = job.failure().map(ScriptRun::describe).orElse("unknown cause");
                    Statement statement = started.get(job.id());
                    runner.reportAt(new ErrorReport(source, statement == null ? null : statement.span(),
                            ShellMessages.jobFailed(job.id(), cause)), script);
                    stop(started.keySet());
                    return ExitStatus.FAILED;
                }
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            interruptions.leaveWait();
        }
        if (interrupted) {
            stop(started.keySet());
            return ExitStatus.INTERRUPTED;
        }
        return ExitStatus.SUCCESS;
    }

    private static String describe(Throwable cause) {
        return cause instanceof WeirException ? cause.getMessage() : cause.toString();
    }

    private List<Job> jobs(Iterable<String> ids) {
        List<Job> jobs = new ArrayList<>();
        for (String id : ids) {
            for (Job job : session.jobs()) {
                if (job.id().equals(id)) {
                    jobs.add(job);
                }
            }
        }
        return jobs;
    }

    /** Cancels the run's jobs and waits a while for their threads to end; closing the session waits for the rest. */
    private void stop(Iterable<String> ids) {
        List<Job> jobs = jobs(ids);
        for (Job job : jobs) {
            job.cancel();
        }
        for (Job job : jobs) {
            try {
                job.termination().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // Closing the session stops it for good; the log says which job lingered.
                LoggerFactory.getLogger(ScriptRun.class).warn("job did not stop in time job={}", job.id(), e);
            }
        }
    }
}
