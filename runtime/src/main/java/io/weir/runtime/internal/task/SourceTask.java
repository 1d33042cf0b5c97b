package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.internal.channel.BarrierDelivery;
import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.internal.state.TableSnapshot;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.source.WatermarkGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A subtask of a source vertex: polls its reader in a loop and flushes the output after every poll, so rows never
 * wait for a batch to fill. Its reader is one split: the task keeps the greatest watermark candidate of the rows it
 * read and sends it through the chain after each poll in which it advanced; when the reader has produced nothing for
 * the idle timeout, the task marks its output channels idle. When the reader ends it sends a final watermark of +∞.
 * Between two polls it reads its mailbox: on a checkpoint's trigger it records the reader's positions, snapshots its
 * chain and sends the barrier after the rows it emitted before. When barriers are delivered with priority (unaligned
 * checkpoints) it polls only while every output channel has room, and reads its mailbox while it waits, so a
 * back-pressured source still takes part in checkpoints.
 */
final class SourceTask extends Task {
    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** The longest park while waiting for room in the outputs; a wake-up normally comes first. */
    private static final long ROOM_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** The name of a source's table of positions. */
    static final String POSITIONS = "positions";

    private final Source source;
    private final WatermarkGenerator watermarks;
    /** The uid under which the source's positions are stored: {@code <vertexId>-source}. */
    private final String sourceUid;
    /** Whether barriers are delivered with priority, so the task waits for room in its outputs between polls. */
    private final boolean waitsForRoom;
    private SourceReader reader;

    SourceTask(TaskSetup setup, Source source, WatermarkGenerator watermarks, ExchangeOutput output,
            Execution execution, BarrierDelivery barrierDelivery) {
        super(setup, output, execution);
        this.source = source;
        this.watermarks = watermarks;
        this.sourceUid = sourceUid(setup.vertexId());
        this.waitsForRoom = barrierDelivery == BarrierDelivery.PRIORITY;
        if (waitsForRoom) {
            mailbox.wakeWith(this::unparkThread);
            output.wakeProducerWith(this::unparkThread);
        }
    }

    static String sourceUid(int vertexId) {
        return vertexId + "-source";
    }

    @Override
    boolean readToEnd(OperatorChain chain) throws Exception {
        Output head = chain.head();
        SplitOutput split = new SplitOutput(head, watermarks);
        Counter recordsIn = job.jobMetrics().counter(context.metricPrefix() + "source.records.in");
        long idleTimeoutMillis = job.options().sourceIdleTimeout().toMillis();
        List<Row> positions = restore == null ? List.of() : restore.positions(sourceUid);
        reader = source.createReader(new SourceContext(context.jobId(), context.subtaskIndex(), context.parallelism(),
                positions));
        reader.open();
        long lastActive = options.clock().millis();
        boolean idle = false;
        long sentWatermark = Long.MIN_VALUE;
        long rowsRead = 0;
        boolean ended = false;
        while (!isCanceled()) {
            if (!mailbox.isEmpty()) {
                readMail(chain);
            }
            if (ended) {
                if (!Faults.holdsEndOfInput(context.jobId())) {
                    return endOfInput(head);
                }
                LockSupport.parkNanos(IDLE_WAIT_NANOS);
                continue;
            }
            if (waitsForRoom) {
                if (!output.hasRoom()) {
                    setup.outputBlocked().begin();
                    LockSupport.parkNanos(ROOM_WAIT_NANOS);
                    continue;
                }
                setup.outputBlocked().end();
            }
            split.rows = 0;
            ReadStatus status = reader.pollNext(split);
            if (split.rows > 0) {
                recordsIn.inc(split.rows);
                rowsRead += split.rows;
                Faults.records(context.jobId(), context.taskName(), rowsRead);
                // The rows themselves make the channels active again downstream.
                idle = false;
            }
            if (split.maxCandidate > sentWatermark) {
                sentWatermark = split.maxCandidate;
                head.watermark(sentWatermark);
                watermarkSent(sentWatermark);
            }
            output.flush();
            if (status == ReadStatus.END_OF_INPUT) {
                if (!Faults.holdsEndOfInput(context.jobId())) {
                    return endOfInput(head);
                }
                ended = true;
                continue;
            }
            fireDueProcessingTimers(chain);
            if (idleTimeoutMillis > 0) {
                long now = options.clock().millis();
                if (split.rows > 0) {
                    lastActive = now;
                } else if (!idle && now - lastActive >= idleTimeoutMillis) {
                    idle = true;
                    output.markIdle();
                }
            }
            if (status == ReadStatus.NOTHING_AVAILABLE) {
                LockSupport.parkNanos(IDLE_WAIT_NANOS);
            }
        }
        return false;
    }

    /** Sends the final watermark of a source whose input ended. */
    private boolean endOfInput(Output head) {
        head.watermark(Long.MAX_VALUE);
        watermarkSent(Long.MAX_VALUE);
        return true;
    }

    @Override
    void triggered(OperatorChain chain, long checkpointId) throws Exception {
        List<Row> positions = reader.snapshotPositions();
        List<Row> copies = new ArrayList<>(positions.size());
        for (Row position : positions) {
            copies.add(position.copy());
        }
        StateTable table = new StateTable(sourceUid, POSITIONS, StateKind.SOURCE_POSITIONS, source.positionType());
        snapshotter.checkpoint(checkpointId, chain, List.of(TableSnapshot.ofCopies(table, snapshotter.firstKeyGroup(),
                snapshotter.lastKeyGroup(), copies)), output, 0);
    }

    @Override
    Throwable closeInput() {
        if (reader == null) {
            return null;
        }
        try {
            reader.close();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** The reader's output: counts its rows and keeps their greatest watermark candidate. */
    private static final class SplitOutput implements Output {
        private final Output head;
        private final WatermarkGenerator generator;
        long rows;
        long maxCandidate = Long.MIN_VALUE;

        SplitOutput(Output head, WatermarkGenerator generator) {
            this.head = head;
            this.generator = generator;
        }

        @Override
        public void emit(ChangeKind kind, Row row) {
            rows++;
            if (generator != null) {
                long candidate = generator.watermarkOf(row);
                if (candidate > maxCandidate) {
                    maxCandidate = candidate;
                }
            }
            head.emit(kind, row);
        }

        @Override
        public void watermark(long watermark) {
            head.watermark(watermark);
        }
    }
}
