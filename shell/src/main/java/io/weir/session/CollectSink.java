package io.weir.session;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * The sink of a query: its writers hand copies of the changes to the one reader through a bounded queue, so a
 * reader that stops reading blocks the writers and, through the channels, the sources.
 *
 * <p>The queue has one slot more than the writers may fill (they take a permit first): the end marker always
 * fits, so the job's end is announced without blocking whatever the reader does.
 */
final class CollectSink implements Sink {
    /** One collected change; the row is the sink's own copy. */
    static final class Change {
        final ChangeKind kind;
        final Row row;

        Change(ChangeKind kind, Row row) {
            this.kind = kind;
            this.row = row;
        }
    }

    static final Change END = new Change(ChangeKind.INSERT, new Row(0));

    private final BlockingQueue<Change> queue;
    private final Semaphore free;
    private volatile boolean discarding;

    CollectSink(int capacityRows) {
        this.queue = new ArrayBlockingQueue<>(capacityRows + 1);
        this.free = new Semaphore(capacityRows);
    }

    @Override
    public SinkWriter createWriter(SinkContext context) {
        return this::put;
    }

    @Override
    public AcceptedChanges acceptedChanges() {
        return AcceptedChanges.ALL_CHANGES;
    }

    @Override
    public String describe() {
        return "collect";
    }

    private void put(ChangeKind kind, Row row) throws InterruptedException {
        free.acquire();
        if (discarding) {
            free.release();
            return;
        }
        queue.add(new Change(kind, row.copy()));
    }

    /** The next change, or {@link #END} after {@link #end()}; blocks until there is one. */
    Change take() throws InterruptedException {
        Change change = queue.take();
        if (change != END) {
            free.release();
        }
        return change;
    }

    /** Announces that no writer will write again. */
    void end() {
        queue.add(END);
    }

    /** Drops whatever is and will be written, waking blocked writers, so a cancelled job can stop. */
    void discard() {
        discarding = true;
        queue.clear();
        free.release(Integer.MAX_VALUE / 2);
    }
}
