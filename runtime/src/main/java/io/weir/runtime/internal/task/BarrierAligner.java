package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.Batch;
import io.weir.runtime.internal.channel.InputGate;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tracks the barriers an operator task's input channels delivered, and says when a checkpoint's barrier has arrived
 * through every channel that has not ended. Exactly-once ({@link Alignment#BLOCKING}): a channel that delivered
 * barrier {@code n} is blocked in the gate until that happens, so no row after the barrier is processed before the
 * snapshot. At-least-once ({@link Alignment#NONE}): nothing is blocked; the snapshot is taken when the last barrier
 * arrives, so it may include rows after the first barriers, which a restore replays again. An ended channel counts
 * as aligned. Used by the task's thread only.
 */
final class BarrierAligner {
    /** Whether channels that delivered a barrier wait for the others. */
    enum Alignment {
        BLOCKING,
        NONE
    }

    private final InputGate gate;
    private final Alignment alignment;
    private final BitSet ended;
    private final int channelCount;
    /** The channels that delivered each checkpoint's barrier, for the checkpoints not yet complete. */
    private final TreeMap<Long, BitSet> arrived = new TreeMap<>();
    private final TreeMap<Long, Long> firstBarrierNanos = new TreeMap<>();
    /** The highest checkpoint id completed or aborted here: older barriers are stale. */
    private long lastDone;
    private long lastAlignmentNanos;

    BarrierAligner(InputGate gate, Alignment alignment) {
        this.gate = gate;
        this.alignment = alignment;
        this.channelCount = gate.channelCount();
        this.ended = new BitSet(channelCount);
    }

    /** Channel {@code channel} delivered the barrier of {@code checkpointId}. */
    void barrier(int channel, long checkpointId) {
        if (checkpointId <= lastDone) {
            return;
        }
        BitSet channels = arrived.get(checkpointId);
        if (channels == null) {
            channels = new BitSet(channelCount);
            arrived.put(checkpointId, channels);
            firstBarrierNanos.put(checkpointId, System.nanoTime());
        }
        channels.set(channel);
        if (alignment == Alignment.BLOCKING && !isAligned(channels)) {
            gate.block(channel);
        }
    }

    /** Channel {@code channel} ended: it delivers no more barriers, and counts as aligned. */
    void ended(int channel) {
        ended.set(channel);
    }

    /**
     * The oldest checkpoint whose barriers have now arrived through every channel, removed from the pending ones, or
     * {@link Batch#NO_BARRIER}. The caller snapshots, forwards the barrier, then calls {@link #resume}.
     */
    long pollAligned() {
        Map.Entry<Long, BitSet> oldest = arrived.firstEntry();
        if (oldest == null || !isAligned(oldest.getValue())) {
            return Batch.NO_BARRIER;
        }
        long checkpointId = oldest.getKey();
        arrived.remove(checkpointId);
        lastAlignmentNanos = System.nanoTime() - firstBarrierNanos.remove(checkpointId);
        lastDone = checkpointId;
        return checkpointId;
    }

    /** How long the last aligned checkpoint waited from its first barrier to its last. */
    long lastAlignmentNanos() {
        return lastAlignmentNanos;
    }

    /** After the snapshot of an aligned checkpoint: reads the blocked channels again. */
    void resume() {
        if (alignment == Alignment.BLOCKING && arrived.isEmpty()) {
            gate.unblockAll();
        }
    }

    /** Checkpoint {@code checkpointId} was aborted: forgets it and older ones, and reads every channel again. */
    void abort(long checkpointId) {
        if (checkpointId <= lastDone) {
            return;
        }
        lastDone = checkpointId;
        arrived.headMap(checkpointId, true).clear();
        firstBarrierNanos.headMap(checkpointId, true).clear();
        resume();
    }

    private boolean isAligned(BitSet channels) {
        for (int i = 0; i < channelCount; i++) {
            if (!channels.get(i) && !ended.get(i)) {
                return false;
            }
        }
        return true;
    }
}
