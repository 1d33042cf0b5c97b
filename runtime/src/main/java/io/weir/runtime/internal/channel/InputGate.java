package io.weir.runtime.internal.channel;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The input side of one downstream subtask: its channels, one per upstream subtask of each input edge, and the
 * order in which they received batches, so the subtask takes batches as they arrive from any channel.
 * One consumer thread takes; each channel has one producer thread. Closing the gate wakes and fails everyone
 * blocked on it, which is how a stopping job releases tasks blocked on back-pressure or on empty input.
 *
 * <p>Barrier alignment {@linkplain #block blocks} a channel: its batches stay queued (its producer blocks once it is
 * full) and {@code take} passes it over until it is {@linkplain #unblockAll unblocked}. {@link #wake} makes a waiting
 * {@code take} return early, so the consumer reads its mailbox.
 *
 * <p>A priority barrier (unaligned checkpoints) is queued in band after the rows sent before it, and also
 * <em>announced</em>: {@code take} returns the announcement ({@link Batch#isAnnouncement}) before any queued batch,
 * even of a blocked channel, and {@link #overtake} then gives the consumer the batches queued before the barrier.
 */
public final class InputGate {
    final ReentrantLock lock = new ReentrantLock();
    private final Condition available = lock.newCondition();
    private final ArrayDeque<Channel> availableChannels;
    /** Announced priority barriers not yet taken, in the order they were sent. */
    private final ArrayDeque<Batch> announcements = new ArrayDeque<>();
    private final Channel[] channels;
    boolean closed;
    long queuedRows;
    private boolean wakeRequested;

    public InputGate(int channelCount, int capacityBatches) {
        if (channelCount < 1) {
            throw new IllegalArgumentException("a gate needs at least one channel, not " + channelCount);
        }
        this.channels = new Channel[channelCount];
        for (int i = 0; i < channelCount; i++) {
            channels[i] = new Channel(this, i, capacityBatches);
        }
        this.availableChannels = new ArrayDeque<>(channelCount);
    }

    public int channelCount() {
        return channels.length;
    }

    public Channel channel(int index) {
        return channels[index];
    }

    /**
     * Returns the next batch from the channels that have one, in arrival order, blocking while none has; first
     * recycles {@code consumed}, the batch the caller took last (or {@code null}), whose rows it no longer uses.
     *
     * @throws ChannelClosedException if the gate is closed or the thread interrupted
     */
    public Batch take(Batch consumed) {
        return take(consumed, -1);
    }

    /**
     * Like {@link #take(Batch)}, but waits at most {@code timeoutNanos} (negative: without limit) and returns
     * {@code null} if no batch arrived by then; {@code consumed} is recycled in either case.
     *
     * @throws ChannelClosedException if the gate is closed or the thread interrupted
     */
    public Batch take(Batch consumed, long timeoutNanos) {
        Runnable producerWaker = null;
        lockInterruptibly();
        try {
            if (consumed != null) {
                channels[consumed.channelIndex()].recycle(consumed);
            }
            if (!awaitBatch(false, timeoutNanos)) {
                return null;
            }
            checkOpen();
            if (!announcements.isEmpty()) {
                return announcements.pollFirst();
            }
            Channel channel = availableChannels.pollFirst();
            Batch batch = channel.dequeue();
            if (channel.hasQueued()) {
                // Back of the line, so that one busy channel cannot starve the others.
                availableChannels.addLast(channel);
            } else {
                channel.setListedAvailable(false);
            }
            if (channel.justGotRoom()) {
                producerWaker = channel.producerWaker();
            }
            return batch;
        } finally {
            lock.unlock();
            // Outside the lock: the waker takes the producer's own gate lock.
            if (producerWaker != null) {
                producerWaker.run();
            }
        }
    }

    /**
     * Returns the next announced priority barrier, waiting at most {@code timeoutNanos} (negative: without limit) for
     * one, and {@code null} if none came by then or {@link #wake} was called; queued batches are left where they are.
     * For a consumer that must not take rows now, such as one whose outputs are full.
     *
     * @throws ChannelClosedException if the gate is closed or the thread interrupted
     */
    public Batch takeAnnouncement(long timeoutNanos) {
        lockInterruptibly();
        try {
            if (!awaitBatch(true, timeoutNanos)) {
                return null;
            }
            checkOpen();
            return announcements.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits, holding the lock, until an announcement (or, unless {@code announcementsOnly}, a batch) can be taken or
     * the gate is closed; {@code false} if the wait timed out or was woken first.
     */
    private boolean awaitBatch(boolean announcementsOnly, long timeoutNanos) {
        long remaining = timeoutNanos;
        while (announcements.isEmpty() && (announcementsOnly || availableChannels.isEmpty()) && !closed) {
            if (wakeRequested) {
                wakeRequested = false;
                return false;
            }
            if (timeoutNanos < 0) {
                await(available);
            } else if (remaining <= 0) {
                return false;
            } else {
                remaining = awaitNanos(available, remaining);
            }
        }
        return true;
    }

    /**
     * The batches of channel {@code index} queued before the announced barrier of {@code checkpointId}, the last of
     * them the one the barrier followed, which from now on carries no barrier; they stay queued, and the caller must
     * not change them. {@code null} if that barrier is no longer queued (it was taken in band). Called by the
     * consumer thread.
     */
    public List<Batch> overtake(int index, long checkpointId) {
        lockInterruptibly();
        try {
            return channels[index].overtake(checkpointId);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops taking batches from channel {@code index}: they stay queued until {@link #unblockAll}. Called by the
     * consumer thread.
     */
    public void block(int index) {
        lockInterruptibly();
        try {
            Channel channel = channels[index];
            channel.setBlocked(true);
            if (channel.isListedAvailable()) {
                availableChannels.remove(channel);
                channel.setListedAvailable(false);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes batches from every channel again, those that queued batches while blocked first in channel order. */
    public void unblockAll() {
        lockInterruptibly();
        try {
            for (Channel channel : channels) {
                if (!channel.isBlocked()) {
                    continue;
                }
                channel.setBlocked(false);
                if (channel.hasQueued() && !channel.isListedAvailable()) {
                    channel.setListedAvailable(true);
                    becameAvailable(channel);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many channels barrier alignment blocks now; for monitoring. */
    public int blockedChannels() {
        lock.lock();
        try {
            int blocked = 0;
            for (Channel channel : channels) {
                if (channel.isBlocked()) {
                    blocked++;
                }
            }
            return blocked;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes the consumer's {@code take}, now or next time it would wait, return {@code null} at once; how the task's
     * mailbox gets its attention. Called by any thread.
     */
    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            available.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes and fails every thread blocked on this gate, and every later call. Idempotent. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            available.signalAll();
            for (Channel channel : channels) {
                channel.wakeProducer();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Rows in batches queued in this gate's channels now. */
    public long queuedRows() {
        lock.lock();
        try {
            return queuedRows;
        } finally {
            lock.unlock();
        }
    }

    /** Queues the announcement of a priority barrier; called by a channel holding the lock. */
    void announce(Batch announcement) {
        announcements.addLast(announcement);
        available.signal();
    }

    void becameAvailable(Channel channel) {
        availableChannels.addLast(channel);
        available.signal();
    }

    void lockInterruptibly() {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelClosedException("interrupted while waiting for a channel");
        }
    }

    void await(Condition condition) {
        try {
            condition.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelClosedException("interrupted while waiting for a channel");
        }
    }

    private long awaitNanos(Condition condition, long nanos) {
        try {
            return condition.awaitNanos(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelClosedException("interrupted while waiting for a channel");
        }
    }

    void checkOpen() {
        if (closed) {
            throw new ChannelClosedException("the channel is closed because its job is stopping");
        }
    }
}
