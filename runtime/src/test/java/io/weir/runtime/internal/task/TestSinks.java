package io.weir.runtime.internal.task;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** Sinks for engine tests. */
final class TestSinks {
    private TestSinks() {
    }

    /** A row a sink received, with the subtask that wrote it. */
    record Received(int subtask, ChangeKind kind, Row row) {
    }

    /** Keeps a copy of every row written, and records each writer's finish and close. */
    static final class Collecting implements Sink {
        final Queue<Received> received = new ConcurrentLinkedQueue<>();
        final Queue<String> events = new ConcurrentLinkedQueue<>();

        @Override
        public SinkWriter createWriter(SinkContext context) {
            return new SinkWriter() {
                @Override
                public void write(ChangeKind kind, Row row) {
                    received.add(new Received(context.subtaskIndex(), kind, row.copy()));
                }

                @Override
                public void finish() {
                    events.add("finish:writer:" + context.subtaskIndex());
                }

                @Override
                public void close() {
                    events.add("close:writer:" + context.subtaskIndex());
                }
            };
        }

        Map<Row, Integer> rowCounts() {
            return counts(received.stream().map(Received::row).toList());
        }
    }

    /** Writes a row only when the test has released a permit for it, and counts the rows written. */
    static final class Gated implements Sink {
        final Semaphore permits = new Semaphore(0);
        final AtomicLong consumed = new AtomicLong();

        @Override
        public SinkWriter createWriter(SinkContext context) {
            return (kind, row) -> {
                permits.acquire();
                consumed.incrementAndGet();
            };
        }
    }

    static Map<Row, Integer> counts(Iterable<Row> rows) {
        Map<Row, Integer> counts = new HashMap<>();
        for (Row row : rows) {
            counts.merge(row, 1, Integer::sum);
        }
        return counts;
    }
}
