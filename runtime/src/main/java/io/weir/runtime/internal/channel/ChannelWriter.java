package io.weir.runtime.internal.channel;

import io.weir.runtime.internal.metrics.BlockedTime;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * The producer's end of one channel: the batch being filled, handed to the channel when full or flushed.
 * Used by the producing task's thread only; {@link #pendingRows} may be read by any thread, racily.
 */
public final class ChannelWriter {
    private final Channel channel;
    private final int batchSizeRows;
    private final BarrierDelivery delivery;
    /** The producer task's time blocked on full channels, shared by all its writers. */
    private final BlockedTime blocked;
    private Batch current;

    /**
     * @param blocked where the time this writer waits for room in a full channel is added (in-band delivery only;
     *     with priority delivery the task measures its own waits between batches)
     */
    public ChannelWriter(Channel channel, int batchSizeRows, BarrierDelivery delivery, BlockedTime blocked) {
        this.channel = channel;
        this.batchSizeRows = batchSizeRows;
        this.delivery = delivery;
        this.blocked = blocked;
        this.current = new Batch(batchSizeRows);
    }

    /** A writer whose time blocked nobody reads. */
    public ChannelWriter(Channel channel, int batchSizeRows, BarrierDelivery delivery) {
        this(channel, batchSizeRows, delivery, new BlockedTime());
    }

    /**
     * Appends a copy of the row, handing the batch over once it is full; with {@link BarrierDelivery#IN_BAND}
     * blocking while the channel is full.
     */
    public void add(ChangeKind kind, Row row) {
        Batch batch = current;
        batch.add(kind, row);
        if (batch.isFull()) {
            handOver();
        }
    }

    /** Hands over the rows added so far, if any. */
    public void flush() {
        if (current.size() > 0) {
            handOver();
        }
    }

    /** Hands over the rows added so far followed by the watermark. */
    public void watermark(long watermark) {
        current.setWatermark(watermark);
        handOver();
    }

    /** Hands over the rows added so far followed by the idle marker; the channel is active again with its next rows. */
    public void markIdle() {
        current.markIdle();
        handOver();
    }

    /**
     * Hands over the rows added so far followed by the barrier of checkpoint {@code checkpointId}; with
     * {@link BarrierDelivery#PRIORITY} the barrier is also announced ahead of the batches queued before it.
     */
    public void barrier(long checkpointId) {
        current.setBarrier(checkpointId);
        if (delivery == BarrierDelivery.PRIORITY) {
            current = channel.offerPriorityBarrier(current, checkpointId, batchSizeRows);
        } else {
            handOver();
        }
    }

    /** Hands over the rows added so far followed by the end-of-input marker; nothing may be added afterwards. */
    public void endOfInput() {
        current.markEndOfInput();
        handOver();
    }

    /** Rows added but not yet handed over; a racy read, for monitoring only. */
    public int pendingRows() {
        return current.size();
    }

    /** Whether the channel has room for another batch; a racy read, see {@link Channel#hasRoom}. */
    public boolean hasRoom() {
        return channel.hasRoom();
    }

    /** Sets what runs when the channel gets room again, for a producer that waits for room between batches. */
    public void wakeProducerWith(Runnable waker) {
        channel.wakeProducerWith(waker);
    }

    private void handOver() {
        current = delivery == BarrierDelivery.PRIORITY
                ? channel.offerWithoutWaiting(current, batchSizeRows)
                : channel.offer(current, batchSizeRows, blocked);
    }
}
