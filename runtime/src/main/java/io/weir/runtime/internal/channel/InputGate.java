package io.weir.runtime.internal.channel;

import java.util.ArrayDeque;
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
 */
public final class InputGate {
    final ReentrantLock lock = new ReentrantLock();
    private final Condition available = lock.newCondition();
    private final ArrayDeque<Channel> availableChannels;
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
        lockInterruptibly();
        try {
            if (consumed != null) {
                channels[consumed.channelIndex()].recycle(consumed);
            }
            long remaining = timeoutNanos;
            while (availableChannels.isEmpty() && !closed) {
                if (wakeRequested) {
                    wakeRequested = false;
                    return null;
                }
                if (timeoutNanos < 0) {
                    await(available);
                } else if (remaining <= 0) {
                    return null;
                } else {
                    remaining = awaitNanos(available, remaining);
                }
            }
            checkOpen();
            Channel channel = availableChannels.pollFirst();
            Batch batch = channel.dequeue();
            if (channel.hasQueued()) {
                // Back of the line, so that one busy channel cannot starve the others.
                availableChannels.addLast(channel);
            } else {
                channel.setListedAvailable(false);
            }
            return batch;
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
