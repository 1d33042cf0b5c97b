package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.internal.channel.Batch;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.channel.InputGate;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.operator.Output;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A subtask of a vertex fed by edges: takes batches from its input gate as they arrive, feeds their rows to the
 * chain, and flushes the output after each batch. Between batches, and while waiting for one, it fires the chain's
 * processing-time timers that fell due and reads its mailbox. Its watermark is tracked by {@link InputWatermarks};
 * when every input still running is idle, it marks its own outputs idle. Barriers are tracked by a
 * {@link BarrierAligner}: once a checkpoint's barrier has come through every channel still running, the task
 * snapshots its chain and forwards the barrier. In unaligned mode barriers are delivered with priority: the task
 * snapshots at the first barrier announced, even while its outputs are full, forwards it ahead of what it queued for
 * the next tasks, and stores the rows the barriers overtook in its input channels, which a restore feeds to the chain
 * before reading input; it then takes input only while every output channel has room. The input ends when every
 * channel has ended.
 */
final class OperatorTask extends Task {
    /** The longest wait for input while a processing-time timer is pending, so a test clock's advance is seen. */
    private static final long MAX_TIMER_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final InputGate gate;
    private final BarrierAligner aligner;
    /** Whether barriers are delivered with priority, so the task waits for room in its outputs between batches. */
    private final boolean priorityBarriers;
    /** Which restored in-flight rows this subtask replays. */
    private final InFlightOwnership inFlightOwnership;
    /** Rows the task took from its input gate, over every execution of the job. */
    private final Counter recordsIn;
    /** The unaligned checkpoints snapshotted whose overtaken rows are still being recorded, by id. */
    private final TreeMap<Long, Unaligned> unaligned = new TreeMap<>();

    /** An unaligned checkpoint between its snapshot and its last barrier. */
    private record Unaligned(TaskSnapshotter.Snapshot snapshot, InFlightRecording recording) {
    }

    OperatorTask(TaskSetup setup, InputGate gate, ExchangeOutput output, Execution execution,
            InFlightOwnership inFlightOwnership) {
        super(setup, output, execution);
        this.gate = gate;
        this.inFlightOwnership = inFlightOwnership;
        CheckpointOptions checkpointing = job.options().checkpointing();
        // A job that takes only savepoints aligns their barriers, whatever its (unused) checkpointing mode says.
        BarrierAligner.Alignment alignment = !checkpointing.isEnabled() ? BarrierAligner.Alignment.BLOCKING
                : checkpointing.mode() == CheckpointingMode.AT_LEAST_ONCE
                ? BarrierAligner.Alignment.NONE
                : checkpointing.unaligned() ? BarrierAligner.Alignment.UNALIGNED : BarrierAligner.Alignment.BLOCKING;
        this.aligner = new BarrierAligner(gate, alignment, checkpointing.alignedCheckpointTimeout().toMillis(),
                options.clock());
        this.priorityBarriers = alignment == BarrierAligner.Alignment.UNALIGNED;
        mailbox.wakeWith(gate::wake);
        if (priorityBarriers) {
            output.wakeProducerWith(gate::wake);
        }
        job.jobMetrics().gauge(context.metricPrefix() + "blockedChannels", gate::blockedChannels);
        recordsIn = job.jobMetrics().counter(context.metricPrefix() + "records.in");
    }

    @Override
    boolean readToEnd(OperatorChain chain) throws Exception {
        Output head = chain.head();
        InputWatermarks watermarks = new InputWatermarks(gate.channelCount());
        Batch batch = null;
        long rowsRead = 0;
        if (restore != null) {
            InFlightRecording.replay(restore.rowsBySubtask(InFlightRecording.uid(setup.vertexId()),
                    StateKind.IN_FLIGHT), inFlightOwnership, head);
            output.flush();
        }
        while (!watermarks.allEnded()) {
            if (!mailbox.isEmpty()) {
                readMail(chain);
            }
            if (priorityBarriers) {
                if (!output.hasRoom()) {
                    setup.outputBlocked().begin();
                    awaitRoom(chain);
                    continue;
                }
                setup.outputBlocked().end();
            }
            batch = nextBatch(chain, batch);
            if (batch == null) {
                continue;
            }
            if (batch.isAnnouncement()) {
                announced(chain, batch.channelIndex(), batch.barrier());
                continue;
            }
            int size = batch.size();
            if (!unaligned.isEmpty()) {
                recordInFlight(batch);
            }
            for (int i = 0; i < size; i++) {
                head.emit(batch.kind(i), batch.row(i));
            }
            long before = watermarks.current();
            boolean wasIdle = watermarks.isIdle();
            int channel = batch.channelIndex();
            if (size > 0) {
                watermarks.active(channel);
                rowsRead += size;
                recordsIn.inc(size);
                Faults.records(context.jobId(), context.taskName(), rowsRead);
            }
            if (batch.watermark() != Batch.NO_WATERMARK) {
                watermarks.watermark(channel, batch.watermark());
            }
            if (batch.isIdle()) {
                watermarks.idle(channel);
            }
            if (batch.barrier() != Batch.NO_BARRIER) {
                aligner.barrier(channel, batch.barrier());
                Unaligned overtaken = unaligned.get(batch.barrier());
                if (overtaken != null) {
                    overtaken.recording().stop(channel);
                }
            }
            if (batch.isEndOfInput()) {
                watermarks.ended(channel);
                aligner.ended(channel);
                for (Unaligned overtaken : unaligned.values()) {
                    overtaken.recording().stop(channel);
                }
            }
            long after = watermarks.current();
            if (after > before) {
                head.watermark(after);
                watermarkSent(after);
            }
            if (watermarks.isIdle() && !wasIdle) {
                output.flush();
                output.markIdle();
            }
            output.flush();
            checkpointAligned(chain);
            figuresStale = true;
            publishFiguresIfDue(chain);
        }
        return true;
    }

    /**
     * Starts the unaligned checkpoints that are due, then completes every checkpoint whose barriers have all
     * arrived, oldest first: snapshots an aligned one, writes an unaligned one with the rows it overtook.
     */
    private void checkpointAligned(OperatorChain chain) throws Exception {
        long checkpointId;
        while ((checkpointId = aligner.pollUnalignedStart()) != Batch.NO_BARRIER) {
            TaskSnapshotter.Snapshot snapshot = snapshotter.snapshot(checkpointId, chain, List.of());
            output.barrier(checkpointId);
            unaligned.put(checkpointId, new Unaligned(snapshot,
                    new InFlightRecording(aligner.notArrived(checkpointId))));
            BitSet announced = aligner.announcedNotArrived(checkpointId);
            for (int channel = announced.nextSetBit(0); channel >= 0; channel = announced.nextSetBit(channel + 1)) {
                overtake(checkpointId, channel);
            }
        }
        while ((checkpointId = aligner.pollAligned()) != Batch.NO_BARRIER) {
            Unaligned overtaken = unaligned.remove(checkpointId);
            if (overtaken == null) {
                snapshotter.checkpoint(checkpointId, chain, List.of(), output, aligner.lastAlignmentNanos());
            } else {
                snapshotter.write(overtaken.snapshot(), List.of(overtaken.recording().table(
                        InFlightRecording.uid(setup.vertexId()), setup.inputType(), snapshotter.firstKeyGroup(),
                        snapshotter.lastKeyGroup())), aligner.lastAlignmentNanos());
            }
            aligner.resume();
        }
    }

    /**
     * Channel {@code channel} announced the barrier of {@code checkpointId} ahead of its queued batches: starts the
     * unaligned checkpoint if it is due, and once it is started, stores the rows the barrier overtook.
     */
    private void announced(OperatorChain chain, int channel, long checkpointId) throws Exception {
        if (!aligner.announced(channel, checkpointId)) {
            return;
        }
        if (unaligned.containsKey(checkpointId)) {
            overtake(checkpointId, channel);
        }
        checkpointAligned(chain);
    }

    /**
     * Stores, with started unaligned checkpoint {@code checkpointId}, the rows queued in {@code channel} before its
     * announced barrier, which now counts as delivered; they stay queued and are processed after the snapshot. Nothing
     * if that barrier was already taken in band.
     */
    private void overtake(long checkpointId, int channel) {
        List<Batch> overtaken = gate.overtake(channel, checkpointId);
        if (overtaken == null) {
            return;
        }
        InFlightRecording recording = unaligned.get(checkpointId).recording();
        if (recording.records(channel)) {
            for (Batch batch : overtaken) {
                for (int i = 0; i < batch.size(); i++) {
                    recording.record(channel, batch.kind(i), batch.row(i));
                }
            }
        }
        recording.stop(channel);
        aligner.barrier(channel, checkpointId);
    }

    /**
     * Waits, while an output channel is full, for it to get room, for mail or for an announced barrier, which it
     * handles: the task takes no rows it could not pass on, and still takes part in checkpoints.
     */
    private void awaitRoom(OperatorChain chain) throws Exception {
        long waitNanos = aligner.awaitsAlignedTimeout() ? MAX_TIMER_WAIT_NANOS : -1;
        Batch announcement = gate.takeAnnouncement(waitNanos);
        if (announcement != null) {
            announced(chain, announcement.channelIndex(), announcement.barrier());
        } else {
            checkpointAligned(chain);
        }
    }

    /** Copies the batch's rows into every unaligned checkpoint that records its channel. */
    private void recordInFlight(Batch batch) {
        int channel = batch.channelIndex();
        for (Unaligned overtaken : unaligned.values()) {
            InFlightRecording recording = overtaken.recording();
            if (recording.records(channel)) {
                for (int i = 0; i < batch.size(); i++) {
                    recording.record(channel, batch.kind(i), batch.row(i));
                }
            }
        }
    }

    @Override
    void aborted(long checkpointId) {
        aligner.abort(checkpointId);
        Map<Long, Unaligned> dropped = unaligned.headMap(checkpointId, true);
        for (Unaligned overtaken : dropped.values()) {
            snapshotter.drop(overtaken.snapshot());
        }
        dropped.clear();
    }

    /** The next batch, or {@code null} if a processing-time timer fell due (and fired) first, or mail arrived. */
    private Batch nextBatch(OperatorChain chain, Batch consumed) throws Exception {
        long next = chain.nextProcessingTime();
        if (aligner.awaitsAlignedTimeout()) {
            // Back soon enough to switch an aligning checkpoint to unaligned when its timeout passes.
            checkpointAligned(chain);
            fireDueProcessingTimers(chain);
            return gate.take(consumed, MAX_TIMER_WAIT_NANOS);
        }
        if (next == Long.MAX_VALUE) {
            if (figuresStale) {
                // Back in time to publish the state figures of the last batches, then wait without limit.
                publishFiguresIfDue(chain);
                return figuresStale ? gate.take(consumed, nanosUntilFigures()) : gate.take(consumed);
            }
            return gate.take(consumed);
        }
        long now = options.clock().millis();
        if (next <= now) {
            fireDueProcessingTimers(chain);
            // Recycles the consumed batch, and takes a batch only if one is already there.
            return gate.take(consumed, 0);
        }
        long waitNanos = Math.min(TimeUnit.MILLISECONDS.toNanos(next - now), MAX_TIMER_WAIT_NANOS);
        return gate.take(consumed, waitNanos);
    }

    @Override
    Throwable closeInput() {
        // Unaligned checkpoints whose last barrier never came will not be written.
        for (Unaligned overtaken : unaligned.values()) {
            snapshotter.drop(overtaken.snapshot());
        }
        unaligned.clear();
        return null;
    }
}
