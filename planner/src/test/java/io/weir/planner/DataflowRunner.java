package io.weir.planner;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs planned dataflows on the runtime's engine and waits, with a deadline, for them to end. */
final class DataflowRunner {
    private static final AtomicInteger JOB_IDS = new AtomicInteger();

    private DataflowRunner() {
    }

    /** The rows a planned bounded query returns, copied out of the collect sink. */
    static List<Row> collect(PlannedQuery query) throws Exception {
        List<Row> result = Collections.synchronizedList(new ArrayList<>());
        Sink sink = new Sink() {
            @Override
            public SinkWriter createWriter(SinkContext context) {
                return (kind, row) -> result.add(row.copy());
            }

            @Override
            public int maxParallelism() {
                return 1;
            }
        };
        run(query.dataflow().apply(sink));
        return new ArrayList<>(result);
    }

    /** The changes a planned bounded query emits, as {@code +I Row[a, 1]}, in the order the collect sink saw them. */
    static List<String> changelog(PlannedQuery query) throws Exception {
        List<String> result = Collections.synchronizedList(new ArrayList<>());
        Sink sink = new Sink() {
            @Override
            public SinkWriter createWriter(SinkContext context) {
                return (kind, row) -> result.add(kind.shortString() + " " + row);
            }

            @Override
            public AcceptedChanges acceptedChanges() {
                return AcceptedChanges.ALL_CHANGES;
            }

            @Override
            public int maxParallelism() {
                return 1;
            }
        };
        run(query.dataflow().apply(sink));
        return new ArrayList<>(result);
    }

    /** The rows a changelog folds to: each {@code +I}/{@code +U} adds its row, each {@code -U}/{@code -D} removes one. */
    static List<String> fold(List<String> changelog) {
        List<String> rows = new ArrayList<>();
        for (String change : changelog) {
            String row = change.substring(3);
            if (change.startsWith("+")) {
                rows.add(row);
            } else if (!rows.remove(row)) {
                throw new AssertionError("retraction of a row not in the result: " + change + " in " + changelog);
            }
        }
        Collections.sort(rows);
        return rows;
    }

    /** Runs a bounded dataflow to its end; a failed job rethrows its root cause. */
    static void run(Dataflow dataflow) throws Exception {
        try (Engine engine = Engine.create(EngineOptions.defaults())) {
            Job job = engine.submit("test" + JOB_IDS.incrementAndGet(), "test", dataflow);
            JobStatus status = job.termination().get(60, TimeUnit.SECONDS);
            if (status == JobStatus.FAILED) {
                Throwable cause = job.failure().orElseThrow();
                if (cause instanceof Exception) {
                    throw (Exception) cause;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
