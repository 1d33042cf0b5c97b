package io.weir.runtime.internal.task;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.testing.GatedSequenceSource;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * An endless source whose subtasks the test drives one by one: subtask {@code i} emits rows
 * {@code (i * 1_000_000 + n, n % 5)} for n below what the test released to it, and a held subtask blocks inside its
 * next poll until the test lets it go, so its barrier waits. Its position is the count of rows emitted; each
 * position it records is kept in {@link #events} as {@code positions:<subtask>:<n>}; a restored reader resumes
 * from its subtask's position.
 */
final class HeldSource implements Source {
    final Queue<String> events = new ConcurrentLinkedQueue<>();
    private final AtomicLongArray released;
    private final AtomicIntegerArray held;

    HeldSource(int parallelism) {
        this.released = new AtomicLongArray(parallelism);
        this.held = new AtomicIntegerArray(parallelism);
    }

    void release(int subtask, long rows) {
        released.set(subtask, rows);
    }

    void hold(int subtask) {
        held.set(subtask, 1);
    }

    void letGo(int subtask) {
        held.set(subtask, 0);
    }

    @Override
    public boolean isBounded() {
        return false;
    }

    @Override
    public RowType positionType() {
        return GatedSequenceSource.POSITION;
    }

    @Override
    public SourceReader createReader(SourceContext context) {
        int subtask = context.subtaskIndex();
        long start = 0;
        for (Row position : context.restoredPositions()) {
            if (position.getInt(0) == subtask) {
                start = position.getLong(1);
            }
        }
        long first = start;
        return new SourceReader() {
            private final Row row = new Row(2);
            private long next = first;

            @Override
            public ReadStatus pollNext(Output out) throws InterruptedException {
                if (held.get(subtask) == 1) {
                    events.add("held:" + subtask);
                    while (held.get(subtask) == 1) {
                        LockSupport.parkNanos(100_000);
                        if (Thread.interrupted()) {
                            throw new InterruptedException("held source canceled");
                        }
                    }
                }
                long limit = released.get(subtask);
                if (next >= limit) {
                    return ReadStatus.NOTHING_AVAILABLE;
                }
                while (next < limit) {
                    row.setLong(0, subtask * 1_000_000L + next);
                    row.setLong(1, next % 5);
                    out.emit(ChangeKind.INSERT, row);
                    next++;
                }
                return ReadStatus.MORE_AVAILABLE;
            }

            @Override
            public List<Row> snapshotPositions() {
                events.add("positions:" + subtask + ":" + next);
                return List.of(Row.of(subtask, next));
            }
        };
    }
}
