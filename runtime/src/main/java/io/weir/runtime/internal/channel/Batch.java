package io.weir.runtime.internal.channel;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * A unit of exchange between two subtasks: up to a fixed number of rows with their change kinds, then optionally a
 * watermark, the idle marker, a checkpoint barrier and the end-of-input marker, which apply after the rows, in that
 * order. A batch is filled by one thread, handed over through a {@link Channel}, read by one thread, then recycled;
 * its rows are copies owned by the batch and reused.
 */
public final class Batch {
    /** The watermark value of a batch that carries none. */
    public static final long NO_WATERMARK = Long.MIN_VALUE;
    /** The barrier value of a batch that carries none; checkpoint ids start at 1. */
    public static final long NO_BARRIER = 0;

    private final Row[] rows;
    private final ChangeKind[] kinds;
    private int size;
    private long watermark = NO_WATERMARK;
    private boolean endOfInput;
    private boolean idle;
    private long barrier = NO_BARRIER;
    private boolean announcement;
    private int channelIndex;

    Batch(int capacityRows) {
        this.rows = new Row[capacityRows];
        this.kinds = new ChangeKind[capacityRows];
    }

    /** Appends a copy of {@code row}; rows already allocated by an earlier use of the batch are reused. */
    void add(ChangeKind kind, Row row) {
        Row slot = rows[size];
        if (slot == null || slot.arity() != row.arity()) {
            slot = new Row(row.arity());
            rows[size] = slot;
        }
        slot.copyFrom(row);
        kinds[size] = kind;
        size++;
    }

    boolean isFull() {
        return size == rows.length;
    }

    void setWatermark(long value) {
        watermark = value;
    }

    void markEndOfInput() {
        endOfInput = true;
    }

    void markIdle() {
        idle = true;
    }

    void setBarrier(long checkpointId) {
        barrier = checkpointId;
    }

    /**
     * A batch without rows that announces the priority barrier of {@code checkpointId} in channel {@code index}: the
     * barrier itself is still queued in band, after the rows sent before it.
     */
    static Batch announcing(long checkpointId, int index) {
        Batch batch = new Batch(0);
        batch.barrier = checkpointId;
        batch.announcement = true;
        batch.channelIndex = index;
        return batch;
    }

    void setChannelIndex(int index) {
        channelIndex = index;
    }

    /** Makes the batch empty again, keeping its row objects for reuse. */
    void clear() {
        size = 0;
        watermark = NO_WATERMARK;
        endOfInput = false;
        idle = false;
        barrier = NO_BARRIER;
    }

    public int size() {
        return size;
    }

    public Row row(int i) {
        return rows[i];
    }

    public ChangeKind kind(int i) {
        return kinds[i];
    }

    /** The watermark that follows the rows, or {@link #NO_WATERMARK}. */
    public long watermark() {
        return watermark;
    }

    /** Whether the producer's input ended after this batch: its channel carries nothing more. */
    public boolean isEndOfInput() {
        return endOfInput;
    }

    /**
     * Whether the producer became idle after this batch: until its next rows, its channel should not hold back the
     * consumer's watermark.
     */
    public boolean isIdle() {
        return idle;
    }

    /** The id of the checkpoint whose barrier follows the rows (and the watermark), or {@link #NO_BARRIER}. */
    public long barrier() {
        return barrier;
    }

    /**
     * Whether this is the announcement of a priority barrier rather than queued rows: it reaches the consumer ahead of
     * the batches queued in its channel, and {@link InputGate#overtake} hands over the rows queued before the barrier.
     * It carries no rows, and its {@link #barrier} is the checkpoint id.
     */
    public boolean isAnnouncement() {
        return announcement;
    }

    /** The index, within its gate, of the channel the batch arrived through. */
    public int channelIndex() {
        return channelIndex;
    }
}
