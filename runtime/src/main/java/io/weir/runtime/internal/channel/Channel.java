package io.weir.runtime.internal.channel;

import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;

/**
 * A bounded queue of batches from one upstream subtask to one downstream subtask. Its producer blocks while it is
 * full, which is how a slow consumer back-pressures its producers. It shares its {@link InputGate}'s lock, taken once
 * per batch, and keeps a free list of consumed batches so that a steady stream allocates nothing.
 */
public final class Channel {
    private final InputGate gate;
    private final int index;
    private final Batch[] queue;
    private final Condition notFull;
    private final ArrayDeque<Batch> free;
    private final int maxFree;
    private int head;
    private int count;
    private boolean listedAvailable;
    /** Set while barrier alignment holds this channel back: its batches stay queued and it is not listed. */
    private boolean blocked;

    Channel(InputGate gate, int index, int capacityBatches) {
        this.gate = gate;
        this.index = index;
        this.queue = new Batch[capacityBatches];
        this.notFull = gate.lock.newCondition();
        this.maxFree = capacityBatches + 2;
        this.free = new ArrayDeque<>(maxFree);
    }

    /**
     * Queues a batch, blocking while the channel is full, and returns an empty batch to fill next.
     *
     * @throws ChannelClosedException if the gate is closed or the thread interrupted
     */
    Batch offer(Batch batch, int batchSizeRows) {
        gate.lockInterruptibly();
        try {
            while (count == queue.length && !gate.closed) {
                gate.await(notFull);
            }
            gate.checkOpen();
            queue[(head + count) % queue.length] = batch;
            count++;
            gate.queuedRows += batch.size();
            if (!listedAvailable && !blocked) {
                listedAvailable = true;
                gate.becameAvailable(this);
            }
            Batch next = free.pollFirst();
            return next != null ? next : new Batch(batchSizeRows);
        } finally {
            gate.lock.unlock();
        }
    }

    /** Removes the oldest batch; called by the gate, holding its lock, when {@code count > 0}. */
    Batch dequeue() {
        Batch batch = queue[head];
        queue[head] = null;
        head = (head + 1) % queue.length;
        count--;
        gate.queuedRows -= batch.size();
        batch.setChannelIndex(index);
        notFull.signal();
        return batch;
    }

    /** Takes back a consumed batch for reuse; called holding the gate's lock. */
    void recycle(Batch batch) {
        if (free.size() < maxFree) {
            batch.clear();
            free.addLast(batch);
        }
    }

    boolean hasQueued() {
        return count > 0;
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
