package io.weir.tests.golden;

import io.weir.parser.ParseException;
import io.weir.parser.SourceSpan;
import io.weir.parser.statement.Statement;
import io.weir.planner.ValidationException;
import io.weir.runtime.WeirException;
import io.weir.runtime.job.Job;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import io.weir.session.ChangeStream;
import io.weir.session.Session;
import io.weir.session.StatementResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs a golden script statement by statement in one session and renders what each produced in the golden text:
 * the echoed statement, then {@code OK}-style messages, tables, sorted {@code +I[...]} changes, or {@code ERROR line:col: ...}.
 * An insert-only result after the {@code -- @ordered} directive (see {@link GoldenScript}) keeps its arrival order,
 * so the golden checks a query's ORDER BY exactly.
 */
final class GoldenRunner {
    private static final Duration JOB_DEADLINE = Duration.ofMinutes(2);
    private static final Pattern JOB_ID = Pattern.compile("\\b[0-9a-f]{32}\\b");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?");

    private final Session session;
    private final Map<String, String> masks;
    private String lastJobId = "";

    GoldenRunner(Session session, Map<String, String> masks) {
        this.session = session;
        this.masks = masks;
    }

    String run(GoldenScript script) throws Exception {
        StringBuilder out = new StringBuilder();
        for (GoldenScript.Chunk chunk : script.chunks()) {
            out.append(mask(chunk.echo()));
            out.append(mask(execute(chunk)));
            out.append('\n');
        }
        return out.toString();
    }

    private String execute(GoldenScript.Chunk chunk) throws Exception {
        List<Statement> statements;
        try {
            // ${last_job} names the job the script started last, for DESCRIBE JOB; the echo keeps the placeholder.
            statements = session.parse(chunk.paddedText().replace("${last_job}", lastJobId));
        } catch (ParseException e) {
            return error(e.span(), e.getMessage());
        }
        StringBuilder out = new StringBuilder();
        for (Statement statement : statements) {
            try {
                out.append(render(session.execute(statement), chunk.ordered()));
            } catch (ParseException e) {
                out.append(error(e.span(), e.getMessage()));
            } catch (ValidationException e) {
                out.append(error(e.span(), e.getMessage()));
            } catch (WeirException e) {
                out.append(error(statement.span(), e.getMessage()));
            }
        }
        return out.toString();
    }

    private static String error(SourceSpan span, String message) {
        return "ERROR " + span + ": " + message + "\n";
    }

    private String render(StatementResult result, boolean ordered) throws Exception {
        if (result instanceof StatementResult.Message message) {
            return message.text() + "\n";
        }
        if (result instanceof StatementResult.Table table) {
            return renderTable(table.columns(), table.rows());
        }
        if (result instanceof StatementResult.Changes changes) {
            return renderChanges(changes, ordered);
        }
        if (result instanceof StatementResult.JobStarted started) {
            lastJobId = started.jobId();
            return awaitJob(started.jobId());
        }
        throw new IllegalStateException("unknown result " + result);
    }

    private String renderTable(RowType columns, List<Row> rows) {
        StringBuilder b = new StringBuilder(String.join(" | ", columns.names())).append('\n');
        for (Row row : rows) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < columns.arity(); i++) {
                fields.add(GoldenText.field(row, i, columns.type(i)));
            }
            b.append(String.join(" | ", fields)).append('\n');
        }
        return b.toString();
    }

    /**
     * Insert-only results as a sorted multiset, or in arrival order when {@code ordered}; updating results folded to
     * the final table they describe.
     */
    private String renderChanges(StatementResult.Changes changes, boolean ordered) throws Exception {
        RowType columns = changes.columns();
        List<String> lines = new ArrayList<>();
        Map<String, Integer> folded = new HashMap<>();
        try (ChangeStream stream = changes.stream()) {
            while (stream.next()) {
                String text = GoldenText.row(stream.row(), columns);
                ChangeKind kind = stream.kind();
                if (changes.updating()) {
                    folded.merge(text, kind.isAccumulate() ? 1 : -1, Integer::sum);
                } else {
                    lines.add(kind.shortString() + text);
                }
            }
        } catch (WeirException e) {
            return "ERROR: " + e.getMessage() + "\n";
        }
        if (changes.updating()) {
            for (Map.Entry<String, Integer> e : folded.entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    lines.add("+I" + e.getKey());
                }
            }
        }
        if (!ordered || changes.updating()) {
            lines.sort(null);
        }
        StringBuilder b = new StringBuilder(String.join(" | ", columns.names())).append('\n');
        for (String line : lines) {
            b.append(line).append('\n');
        }
        return b.toString();
    }

    private String awaitJob(String jobId) throws Exception {
        Job job = session.jobs().stream().filter(j -> j.id().equals(jobId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no job " + jobId));
        var status = job.termination().get(JOB_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        String failure = job.failure().map(t -> ": " + rootMessage(t)).orElse("");
        return "Job " + status + failure + "\n";
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && !(root instanceof WeirException)) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private String mask(String text) {
        String masked = text;
        for (Map.Entry<String, String> e : masks.entrySet()) {
            masked = masked.replace(e.getKey(), e.getValue());
        }
        masked = JOB_ID.matcher(masked).replaceAll("<job id>");
        if (masked.contains("<job id>")) {
            masked = TIMESTAMP.matcher(masked).replaceAll("<time>");
        }
        return masked;
    }
}
