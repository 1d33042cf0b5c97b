package io.weir.session;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Objects;

/** What executing one statement produced; the shell, the golden tests and (later) the JDBC driver render it. */
public sealed interface StatementResult {
    /** An acknowledgement for stderr, e.g. {@code Table 'bid' created}. */
    record Message(String text) implements StatementResult {
        public Message {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A finite table computed at once: SHOW TABLES, DESCRIBE, SET, SHOW JOBS, EXPLAIN (one STRING column). */
    record Table(RowType columns, List<Row> rows) implements StatementResult {
        public Table {
            Objects.requireNonNull(columns, "columns");
            rows = List.copyOf(rows);
        }
    }

    /** A query's changes as they arrive, read by the caller from {@link ChangeStream}. */
    record Changes(RowType columns, boolean updating, ChangeStream stream) implements StatementResult {
        public Changes {
            Objects.requireNonNull(columns, "columns");
            Objects.requireNonNull(stream, "stream");
        }
    }

    /** An INSERT started a job; with {@code table.dml-sync} the job has already ended, with {@code finalStatus}. */
    record JobStarted(String jobId, String jobName, String finalStatus) implements StatementResult {
        public JobStarted {
            Objects.requireNonNull(jobId, "jobId");
        }
    }
}
