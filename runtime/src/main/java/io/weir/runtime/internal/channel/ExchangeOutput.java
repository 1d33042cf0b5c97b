package io.weir.runtime.internal.channel;

import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * The output of a task's last operator (or of its source reader when the chain is empty): copies each row into a
 * batch of every output edge, and forwards only watermarks that advance. A task without output edges, such as one
 * that ends in a sink, drops what reaches it. Used by the task's thread only.
 */
public final class ExchangeOutput implements Output {
    private final EdgeWriter[] edges;
    /** Counts the rows the task's chain emitted, once each whatever the number of edges. */
    private final Counter emitted;
    private long watermark = Long.MIN_VALUE;

    public ExchangeOutput(EdgeWriter[] edges, Counter emitted) {
        this.edges = edges.clone();
        this.emitted = emitted;
    }

    @Override
    public void emit(ChangeKind kind, Row row) {
        emitted.inc();
        for (EdgeWriter edge : edges) {
            edge.write(kind, row);
        }
    }

    @Override
    public void watermark(long value) {
        if (value <= watermark) {
            return;
        }
        watermark = value;
        for (EdgeWriter edge : edges) {
            edge.watermark(value);
        }
    }

    /** Hands over every partly filled batch, so rows never wait for a batch to fill. */
    public void flush() {
        for (EdgeWriter edge : edges) {
            edge.flush();
        }
    }

    /**
     * Hands over what is left and tells every downstream subtask that this producer is idle: it no longer holds back
     * their watermarks until it sends rows again.
     */
    public void markIdle() {
        for (EdgeWriter edge : edges) {
            edge.markIdle();
        }
    }

    /**
     * Hands over what is left followed by the barrier of checkpoint {@code checkpointId} to every downstream subtask:
     * the rows sent before belong to the checkpoint, those sent after do not. Delivered with priority, the barrier
     * reaches each consumer ahead of the batches queued for it.
     */
    public void barrier(long checkpointId) {
        for (EdgeWriter edge : edges) {
            edge.barrier(checkpointId);
        }
    }

    /** Hands over what is left and tells every downstream subtask that this producer has ended. */
    public void endOfInput() {
        for (EdgeWriter edge : edges) {
            edge.endOfInput();
        }
    }

    /**
     * Whether every output channel has room for another batch; a producer whose barriers are delivered with priority
     * waits for it before taking more input.
     */
    public boolean hasRoom() {
        for (EdgeWriter edge : edges) {
            if (!edge.hasRoom()) {
                return false;
            }
        }
        return true;
    }

    /** Sets what runs, on a consumer's thread, when an output channel that was full gets room again. */
    public void wakeProducerWith(Runnable waker) {
        for (EdgeWriter edge : edges) {
            edge.wakeProducerWith(waker);
        }
    }

    /** Rows in batches not yet handed over; a racy read, for monitoring only. */
    public long pendingRows() {
        long rows = 0;
        for (EdgeWriter edge : edges) {
            rows += edge.pendingRows();
        }
        return rows;
    }
}
