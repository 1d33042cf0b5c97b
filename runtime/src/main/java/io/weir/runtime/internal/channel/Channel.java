package io.weir.runtime.internal.channel;

import io.weir.runtime.internal.metrics.BlockedTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.Condition;

/**
 * A bounded queue of batches from one upstream subtask to one downstream subtask. With in-band barriers its producer
 * blocks while it is full, which is how a slow consumer back-pressures its producers; with priority barriers the
 * producer never blocks here but waits between batches until the channel {@linkplain #hasRoom has room}, so a barrier
 * can always be queued. It shares its {@link InputGate}'s lock, taken once per batch, and keeps a free list of
 * consumed batches so that a steady stream allocates nothing.
 */
public final class Channel {
    private final InputGate gate;
    private final int index;
    private final int capacity;
    private final ArrayDeque<Batch> queue;
    private final Condition notFull;
    private final ArrayDeque<Batch> free;
    private final int maxFree;
    /** The queued batches; written holding the gate's lock, read by the producer without it. */
    private volatile int count;
    private boolean listedAvailable;
    /** Set while barrier alignment holds this channel back: its batches stay queued and it is not listed. */
    private boolean blocked;
    /** Called, outside the gate's lock, when the channel gets room again; for a producer that waits between batches. */
    private volatile Runnable producerWaker;

    Channel(InputGate gate, int index, int capacityBatches) {
        this.gate = gate;
        this.index = index;
        this.capacity = capacityBatches;
        this.queue = new ArrayDeque<>(capacityBatches + 2);
        this.notFull = gate.lock.newCondition();
        this.maxFree = capacityBatches + 2;
        this.free = new ArrayDeque<>(maxFree);
    }

    /**
     * Queues a batch, blocking while the channel is full, and returns an empty batch to fill next. The time blocked
     * is added to {@code blocked}.
     *
     * @throws ChannelClosedException if the gate is closed or the thread interrupted
     */
    Batch offer(Batch batch, int batchSizeRows, BlockedTime blocked) {
        gate.lockInterruptibly();
        try {
            if (count >= capacity && !gate.closed) {
                blocked.begin();
                try {
                    while (count >= capacity && !gate.closed) {
                        gate.await(notFull);
                    }
                } finally {
                    blocked.end();
                }
            }
            return enqueue(batch, batchSizeRows);
        } finally {
            gate.lock.unlock();
        }
    }

    /**
     * Queues a batch even if the channel is full, and returns an empty batch to fill next; the producer keeps to the
     * bound by waiting for {@link #hasRoom} between batches.
     *
     * @throws ChannelClosedException if the gate is closed or the thread interrupted
     */
    Batch offerWithoutWaiting(Batch batch, int batchSizeRows) {
        gate.lockInterruptibly();
        try {
            return enqueue(batch, batchSizeRows);
        } finally {
            gate.lock.unlock();
        }
    }

    /**
     * Queues {@code batch}, which ends with the barrier of {@code checkpointId}, even if the channel is full, and
     * announces the barrier to the consumer ahead of every queued batch.
     *
     * @throws ChannelClosedException if the gate is closed or the thread interrupted
     */
    Batch offerPriorityBarrier(Batch batch, long checkpointId, int batchSizeRows) {
        gate.lockInterruptibly();
        try {
            Batch next = enqueue(batch, batchSizeRows);
            gate.announce(Batch.announcing(checkpointId, index));
            return next;
        } finally {
            gate.lock.unlock();
        }
    }

    private Batch enqueue(Batch batch, int batchSizeRows) {
        gate.checkOpen();
        queue.addLast(batch);
        count++;
        gate.queuedRows += batch.size();
        if (!listedAvailable && !blocked) {
            listedAvailable = true;
            gate.becameAvailable(this);
        }
        Batch next = free.pollFirst();
        return next != null ? next : new Batch(batchSizeRows);
    }

    /** Removes the oldest batch; called by the gate, holding its lock, when {@code count > 0}. */
    Batch dequeue() {
        Batch batch = queue.pollFirst();
        count--;
        gate.queuedRows -= batch.size();
        batch.setChannelIndex(index);
        notFull.signal();
        return batch;
    }

    /**
     * The batches queued up to the one that ends with the barrier of {@code checkpointId}, that one included, whose
     * barrier is then removed: it was announced and handled ahead of them. {@code null} if no queued batch ends with
     * that barrier (it was consumed in band already). Called by the gate holding its lock; the batches stay queued.
     */
    List<Batch> overtake(long checkpointId) {
        List<Batch> overtaken = new ArrayList<>();
        Iterator<Batch> batches = queue.iterator();
        while (batches.hasNext()) {
            Batch batch = batches.next();
            overtaken.add(batch);
            if (batch.barrier() == checkpointId) {
                batch.setBarrier(Batch.NO_BARRIER);
                return overtaken;
            }
        }
        return null;
    }

    /** Takes back a consumed batch for reuse; called holding the gate's lock. */
    void recycle(Batch batch) {
        if (free.size() < maxFree && !batch.isAnnouncement()) {
            batch.clear();
            free.addLast(batch);
        }
    }

    boolean hasQueued() {
        return count > 0;
    }

    /** Whether fewer batches than the capacity are queued; a racy read for the producer, which may then queue one. */
    public boolean hasRoom() {
        return count < capacity;
    }

    /** Whether the channel had no room before its last dequeue and has some now. */
    boolean justGotRoom() {
        return count == capacity - 1;
    }

    /** Sets what {@link #producerWaker} runs; called before the producer starts. */
    void wakeProducerWith(Runnable waker) {
        producerWaker = waker;
    }

    Runnable producerWaker() {
        return producerWaker;
    }

    void setListedAvailable(boolean listed) {
        listedAvailable = listed;
    }

    boolean isListedAvailable() {
        return listedAvailable;
    }

    void setBlocked(boolean value) {
        blocked = value;
    }

    boolean isBlocked() {
        return blocked;
    }

    void wakeProducer() {
        notFull.signalAll();
    }

    public int index() {
        return index;
    }
}
