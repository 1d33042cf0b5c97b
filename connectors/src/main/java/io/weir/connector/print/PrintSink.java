package io.weir.connector.print;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.ValueFormatter;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Prints every change as {@code +I[1, abc]}, values rendered as {@code CAST(x AS STRING)} with NULL as
 * {@code NULL}, behind Flink's prefix: {@code id> }, and {@code id:2> } or {@code 2> } when several subtasks print.
 */
public final class PrintSink implements Sink {
    private final RowType type;
    private final String identifier;
    private final PrintStream stream;
    private final ValueFormatter formatter;

    /** A sink printing to {@code stream}; {@code identifier} may be null. */
    public PrintSink(RowType type, String identifier, PrintStream stream) {
        this(type, identifier, stream, ValueFormatter.utc());
    }

    public PrintSink(RowType type, String identifier, PrintStream stream, ValueFormatter formatter) {
        this.type = Objects.requireNonNull(type, "type");
        this.identifier = identifier == null ? "" : identifier;
        this.stream = Objects.requireNonNull(stream, "stream");
        this.formatter = Objects.requireNonNull(formatter, "formatter");
    }

    @Override
    public SinkWriter createWriter(SinkContext context) {
        return new Writer(prefix(identifier, context.subtaskIndex(), context.parallelism()));
    }

    @Override
    public AcceptedChanges acceptedChanges() {
        return AcceptedChanges.ALL_CHANGES;
    }

    @Override
    public String describe() {
        return identifier.isEmpty() ? "print" : "print(" + identifier + ")";
    }

    /** Flink's prefix: the identifier, then {@code :n} (1-based subtask) when there are several, then {@code > }. */
    static String prefix(String identifier, int subtaskIndex, int parallelism) {
        StringBuilder b = new StringBuilder(identifier);
        if (parallelism > 1) {
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(subtaskIndex + 1);
        }
        return b.length() == 0 ? "" : b.append("> ").toString();
    }

    /** One subtask's printer; it builds each line in a reused buffer and prints it in one call. */
    private final class Writer implements SinkWriter {
        private final String prefix;
        private final StringBuilder line = new StringBuilder(128);

        Writer(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public void write(ChangeKind kind, Row row) {
            line.setLength(0);
            line.append(prefix).append(kind.shortString()).append('[');
            for (int i = 0; i < type.arity(); i++) {
                if (i > 0) {
                    line.append(", ");
                }
                formatter.append(line, row, i, type.type(i));
            }
            line.append(']');
            stream.println(line);
        }

        @Override
        public void finish() {
            stream.flush();
        }

        @Override
        public void close() {
            // The stream is shared (standard output); it is flushed, never closed.
            stream.flush();
        }
    }
}
