package io.weir.runtime.internal.task;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.testing.RowText;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/** Operators for engine tests. */
final class TestOperators {
    private TestOperators() {
    }

    /** Multiplies the id by ten into a reused output row. */
    static OperatorSpec timesTen() {
        return new OperatorSpec("TimesTen", "id * 10", () -> new Operator() {
            private final Row out = new Row(3);

            @Override
            public void process(ChangeKind kind, Row row, Output output) {
                out.copyFrom(row);
                out.setLong(0, row.getLong(0) * 10);
                output.emit(kind, out);
            }
        });
    }

    /**
     * Forwards rows and records its life cycle as {@code open:<name>}, {@code finish:<name>},
     * {@code close:<name>}, and {@code saw:<name>:<origin>} for a row a finishing operator emitted.
     * In {@code finish} it emits one row {@code (-1, 0, <name>)}.
     */
    static OperatorSpec recording(String name, Queue<String> events) {
        return new OperatorSpec(name, "records " + name, () -> new Operator() {
            private final Row finishRow = Row.of(-1L, 0L, name);

            @Override
            public void open(OperatorContext context) {
                events.add("open:" + name);
            }

            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                if (row.getLong(0) == -1) {
                    events.add("saw:" + name + ":" + row.getString(2));
                }
                out.emit(kind, row);
            }

            @Override
            public void finish(Output out) {
                events.add("finish:" + name);
                out.emit(ChangeKind.INSERT, finishRow);
            }

            @Override
            public void close() {
                events.add("close:" + name);
            }
        });
    }

    /** Throws the given exception at the {@code failAt}-th row an instance processes. */
    static OperatorSpec failingAt(long failAt, Exception failure, Queue<String> events) {
        return new OperatorSpec("Failing", "fails at row " + failAt, () -> new Operator() {
            private long seen;

            @Override
            public void process(ChangeKind kind, Row row, Output out) throws Exception {
                if (++seen == failAt) {
                    throw failure;
                }
                out.emit(kind, row);
            }

            @Override
            public void close() {
                events.add("close:Failing");
            }
        });
    }

    /**
     * Keyed on field {@code keyField}: counts rows per key in value state {@code count} and emits
     * {@code +I[key, count]} for each row, so every key's counts 1..n appear once in a run without failures.
     */
    static OperatorSpec runningCount(int keyField) {
        return new OperatorSpec("Count", "running count per key", () -> new Operator() {
            private final Row out = new Row(2);
            private ValueState count;

            @Override
            public void open(OperatorContext context) {
                count = context.valueState("count", RowText.parseColumns("n BIGINT"));
            }

            @Override
            public void process(ChangeKind kind, Row row, Output output) {
                Row current = count.value();
                long n = current == null ? 1 : current.getLong(0) + 1;
                count.update(Row.of(n));
                out.setLong(0, row.getLong(keyField));
                out.setLong(1, n);
                output.emit(ChangeKind.INSERT, out);
            }
        }, List.of(keyField));
    }

    /** Forwards each row only once it has taken a permit from {@code permits}, blocking until the test releases one. */
    static OperatorSpec gated(Semaphore permits) {
        return new OperatorSpec("Gated", "waits for a permit per row", () -> new Operator() {
            @Override
            public void process(ChangeKind kind, Row row, Output out) throws InterruptedException {
                permits.acquire();
                out.emit(kind, row);
            }
        });
    }

    /** Records every watermark it receives, then forwards it. */
    static OperatorSpec watermarkRecorder(List<Long> watermarks) {
        return new OperatorSpec("Watermarks", "records watermarks", () -> new Operator() {
            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                out.emit(kind, row);
            }

            @Override
            public void watermark(long watermark, Output out) {
                watermarks.add(watermark);
                out.watermark(watermark);
            }
        });
    }

    static List<Long> newWatermarkList() {
        return new CopyOnWriteArrayList<>();
    }
}
