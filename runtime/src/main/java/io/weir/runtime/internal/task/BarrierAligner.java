package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.Batch;
import io.weir.runtime.internal.channel.InputGate;
import java.time.InstantSource;
import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tracks the barriers an operator task's input channels delivered, and says when a checkpoint's barrier has arrived
 * through every channel that has not ended (an ended channel counts as aligned). Used by the task's thread only.
 *
 * <ul>
 *   <li>{@link Alignment#BLOCKING} (exactly-once): a channel that delivered barrier {@code n} is blocked in the gate
 *       until every channel has, so no row after a barrier is processed before the snapshot.
 *   <li>{@link Alignment#NONE} (at-least-once): nothing is blocked; the snapshot is taken when the last barrier
 *       arrives, so it may include rows after the first barriers, which a restore replays again.
 *   <li>{@link Alignment#UNALIGNED} (exactly-once): barriers are delivered with priority, so each one is
 *       {@linkplain #announced announced} ahead of the batches queued before it. The snapshot is taken at the first
 *       announcement (or, with an aligned timeout, once alignment has waited that long, aligning the in-band barriers
 *       until then); the task then stores the rows its announced barriers overtook and records the rows it consumes
 *       from the channels whose barrier has not come yet, and the checkpoint is complete when every barrier has.
 * </ul>
 */
final class BarrierAligner {
    /** How channels that delivered a barrier wait for the others. */
    enum Alignment {
        BLOCKING,
        NONE,
        UNALIGNED
    }

    /** One checkpoint whose barriers have not all arrived. */
    private static final class Pending {
        final BitSet arrived;
        /** The channels whose barrier was announced ahead of their queued batches. */
        final BitSet announced;
        final long firstNanos;
        final long firstMillis;
        /** Whether its unaligned snapshot was taken. */
        boolean started;

        Pending(int channels, long firstNanos, long firstMillis) {
            this.arrived = new BitSet(channels);
            this.announced = new BitSet(channels);
            this.firstNanos = firstNanos;
            this.firstMillis = firstMillis;
        }
    }

    private final InputGate gate;
    private final Alignment alignment;
    private final long alignedTimeoutMillis;
    private final InstantSource clock;
    private final BitSet ended;
    private final int channelCount;
    private final TreeMap<Long, Pending> pending = new TreeMap<>();
    /** The highest checkpoint id completed or aborted here: older barriers are stale. */
    private long lastDone;
    private long lastAlignmentNanos;
    private boolean lastWasUnaligned;

    /**
     * @param alignedTimeoutMillis with {@link Alignment#UNALIGNED}, how long to align before switching to unaligned
     *     (0: unaligned from the first barrier); by {@code clock}
     */
    BarrierAligner(InputGate gate, Alignment alignment, long alignedTimeoutMillis, InstantSource clock) {
        this.gate = gate;
        this.alignment = alignment;
        this.alignedTimeoutMillis = alignedTimeoutMillis;
        this.clock = clock;
        this.channelCount = gate.channelCount();
        this.ended = new BitSet(channelCount);
    }

    /**
     * Channel {@code channel} delivered the barrier of {@code checkpointId}: in band, or, once the checkpoint's
     * snapshot is taken, by overtaking the batches queued before it.
     */
    void barrier(int channel, long checkpointId) {
        if (checkpointId <= lastDone) {
            return;
        }
        Pending checkpoint = pendingOf(checkpointId);
        checkpoint.arrived.set(channel);
        if (blocks(checkpoint) && !isAligned(checkpoint.arrived)) {
            gate.block(channel);
        }
    }

    /**
     * Channel {@code channel} announced the priority barrier of {@code checkpointId}, which is still queued in band;
     * {@code false} if the checkpoint is already done here. An announcement starts the aligned timeout but blocks
     * nothing.
     */
    boolean announced(int channel, long checkpointId) {
        if (checkpointId <= lastDone) {
            return false;
        }
        pendingOf(checkpointId).announced.set(channel);
        return true;
    }

    /** The channels that announced the barrier of {@code checkpointId} but have not delivered it. */
    BitSet announcedNotArrived(long checkpointId) {
        Pending checkpoint = pending.get(checkpointId);
        BitSet channels = (BitSet) checkpoint.announced.clone();
        channels.andNot(checkpoint.arrived);
        return channels;
    }

    private Pending pendingOf(long checkpointId) {
        Pending checkpoint = pending.get(checkpointId);
        if (checkpoint == null) {
            checkpoint = new Pending(channelCount, System.nanoTime(), clock.millis());
            pending.put(checkpointId, checkpoint);
        }
        return checkpoint;
    }

    private boolean blocks(Pending checkpoint) {
        return alignment == Alignment.BLOCKING
                || alignment == Alignment.UNALIGNED && alignedTimeoutMillis > 0 && !checkpoint.started;
    }

    /** Channel {@code channel} ended: it delivers no more barriers, and counts as aligned. */
    void ended(int channel) {
        ended.set(channel);
    }

    /**
     * The oldest checkpoint whose unaligned snapshot is due now, marked as taken, or {@link Batch#NO_BARRIER}. The
     * gate reads every channel again; the caller snapshots, forwards the barrier, stores the rows the
     * {@link #announcedNotArrived} barriers overtook, and records the rows of the other {@link #notArrived} channels
     * until their barriers.
     */
    long pollUnalignedStart() {
        if (alignment != Alignment.UNALIGNED) {
            return Batch.NO_BARRIER;
        }
        long now = alignedTimeoutMillis > 0 ? clock.millis() : 0;
        for (Map.Entry<Long, Pending> entry : pending.entrySet()) {
            Pending checkpoint = entry.getValue();
            if (!checkpoint.started && !isAligned(checkpoint.arrived)
                    && (alignedTimeoutMillis == 0 || now - checkpoint.firstMillis >= alignedTimeoutMillis)) {
                checkpoint.started = true;
                gate.unblockAll();
                return entry.getKey();
            }
        }
        return Batch.NO_BARRIER;
    }

    /** Whether an aligning checkpoint may switch to unaligned later, so the task must not wait for input forever. */
    boolean awaitsAlignedTimeout() {
        if (alignment != Alignment.UNALIGNED || alignedTimeoutMillis == 0) {
            return false;
        }
        for (Pending checkpoint : pending.values()) {
            if (!checkpoint.started) {
                return true;
            }
        }
        return false;
    }

    /** The channels that have neither delivered the barrier of {@code checkpointId} nor ended. */
    BitSet notArrived(long checkpointId) {
        BitSet missing = new BitSet(channelCount);
        missing.set(0, channelCount);
        missing.andNot(pending.get(checkpointId).arrived);
        missing.andNot(ended);
        return missing;
    }

    /**
     * The oldest checkpoint whose barriers have now arrived through every channel, removed from the pending ones, or
     * {@link Batch#NO_BARRIER}. For an aligned one the caller snapshots, forwards the barrier, then calls
     * {@link #resume}; for one {@linkplain #lastWasUnaligned already snapshotted}, it writes the recorded rows.
     */
    long pollAligned() {
        Map.Entry<Long, Pending> oldest = pending.firstEntry();
        if (oldest == null || !isAligned(oldest.getValue().arrived)) {
            return Batch.NO_BARRIER;
        }
        long checkpointId = oldest.getKey();
        pending.remove(checkpointId);
        lastAlignmentNanos = System.nanoTime() - oldest.getValue().firstNanos;
        lastWasUnaligned = oldest.getValue().started;
        lastDone = checkpointId;
        return checkpointId;
    }

    /** How long the last checkpoint {@link #pollAligned} returned waited from its first barrier to its last. */
    long lastAlignmentNanos() {
        return lastAlignmentNanos;
    }

    /** Whether the last checkpoint {@link #pollAligned} returned was snapshotted unaligned. */
    boolean lastWasUnaligned() {
        return lastWasUnaligned;
    }

    /** After the snapshot of an aligned checkpoint: reads the blocked channels again. */
    void resume() {
        if (alignment != Alignment.NONE && pending.isEmpty()) {
            gate.unblockAll();
        }
    }

    /** Checkpoint {@code checkpointId} was aborted: forgets it and older ones, and reads every channel again. */
    void abort(long checkpointId) {
        if (checkpointId <= lastDone) {
            return;
        }
        lastDone = checkpointId;
        pending.headMap(checkpointId, true).clear();
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
