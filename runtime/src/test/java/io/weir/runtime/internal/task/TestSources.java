package io.weir.runtime.internal.task;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/** Sources for engine tests; their rows are {@code (id BIGINT, key BIGINT, name STRING)}. */
final class TestSources {
    static final RowType TYPE = RowType.of(List.of("id", "key", "name"),
            List.of(DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.BIGINT), DataType.string()));

    private TestSources() {
    }

    static Row row(long id, long keys) {
        return Row.of(id, id % keys, "n" + id);
    }

    /** Rows with ids 0..count-1, keys {@code id % keys}, subtask i of n reading the ids equal to i modulo n. */
    static final class Sequence implements Source {
        final Queue<String> events = new ConcurrentLinkedQueue<>();
        private final long count;
        private final long keys;

        Sequence(long count, long keys) {
            this.count = count;
            this.keys = keys;
        }

        @Override
        public boolean isBounded() {
            return true;
        }

        @Override
        public SourceReader createReader(SourceContext context) {
            return new SourceReader() {
                private final Row row = new Row(3);
                private long next = context.subtaskIndex();

                @Override
                public ReadStatus pollNext(Output out) {
                    for (int i = 0; i < 100 && next < count; i++, next += context.parallelism()) {
                        row.setLong(0, next);
                        row.setLong(1, next % keys);
                        row.setObject(2, "n" + next);
                        out.emit(ChangeKind.INSERT, row);
                    }
                    return next < count ? ReadStatus.MORE_AVAILABLE : ReadStatus.END_OF_INPUT;
                }

                @Override
                public void close() {
                    events.add("close:reader:" + context.subtaskIndex());
                }
            };
        }
    }

    /** An endless source that counts the rows it emits, five per poll. */
    static final class Endless implements Source {
        final AtomicLong produced = new AtomicLong();
        final Queue<String> events = new ConcurrentLinkedQueue<>();

        @Override
        public boolean isBounded() {
            return false;
        }

        @Override
        public SourceReader createReader(SourceContext context) {
            return new SourceReader() {
                private final Row row = new Row(3);
                private long next;

                @Override
                public ReadStatus pollNext(Output out) {
                    for (int i = 0; i < 5; i++) {
                        row.setLong(0, next);
                        row.setLong(1, next % 7);
                        row.setObject(2, "endless");
                        next++;
                        out.emit(ChangeKind.INSERT, row);
                        produced.incrementAndGet();
                    }
                    return ReadStatus.MORE_AVAILABLE;
                }

                @Override
                public void close() {
                    events.add("close:reader:" + context.subtaskIndex());
                }
            };
        }
    }

    /**
     * A source of one subtask that takes one step of its script each time the test releases a permit: a number is a
     * watermark to emit, {@code null} the end of input. Without a permit it has nothing available.
     */
    static final class Scripted implements Source {
        final Semaphore permits = new Semaphore(0);
        private final List<Long> script;

        Scripted(List<Long> script) {
            this.script = script;
        }

        @Override
        public boolean isBounded() {
            return true;
        }

        @Override
        public SourceReader createReader(SourceContext context) {
            return new SourceReader() {
                private int step;

                @Override
                public ReadStatus pollNext(Output out) {
                    if (!permits.tryAcquire()) {
                        return ReadStatus.NOTHING_AVAILABLE;
                    }
                    Long watermark = script.get(step++);
                    if (watermark == null) {
                        return ReadStatus.END_OF_INPUT;
                    }
                    out.watermark(watermark);
                    return ReadStatus.MORE_AVAILABLE;
                }
            };
        }
    }

    /**
     * An endless source of one subtask that emits the ids the test pushes, as rows {@code (id, id % 7, "p")}, and
     * has nothing available otherwise.
     */
    static final class Pushed implements Source {
        private final Queue<Long> pending = new ConcurrentLinkedQueue<>();

        void push(long id) {
            pending.add(id);
        }

        @Override
        public boolean isBounded() {
            return false;
        }

        @Override
        public SourceReader createReader(SourceContext context) {
            return new SourceReader() {
                private final Row row = new Row(3);

                @Override
                public ReadStatus pollNext(Output out) {
                    Long id = pending.poll();
                    if (id == null) {
                        return ReadStatus.NOTHING_AVAILABLE;
                    }
                    row.setLong(0, id);
                    row.setLong(1, id % 7);
                    row.setObject(2, "p");
                    out.emit(ChangeKind.INSERT, row);
                    return ReadStatus.MORE_AVAILABLE;
                }
            };
        }
    }
}
