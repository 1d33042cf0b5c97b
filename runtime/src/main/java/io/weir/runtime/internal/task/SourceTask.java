package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.source.WatermarkGenerator;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A subtask of a source vertex: polls its reader in a loop and flushes the output after every poll, so rows never
 * wait for a batch to fill. Its reader is one split: the task keeps the greatest watermark candidate of the rows it
 * read and sends it through the chain after each poll in which it advanced; when the reader has produced nothing for
 * the idle timeout, the task marks its output channels idle. When the reader ends it sends a final watermark of +∞.
 */
final class SourceTask extends Task {
    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Source source;
    private final WatermarkGenerator watermarks;
    private SourceReader reader;

    SourceTask(TaskOperatorContext context, Source source, WatermarkGenerator watermarks, List<OperatorSpec> specs,
            RowType outputType, ExchangeOutput output, ThreadedJob job, EngineOptions options) {
        super(context, specs, outputType, output, job, options);
        this.source = source;
        this.watermarks = watermarks;
    }

    @Override
    boolean readToEnd(OperatorChain chain) throws Exception {
        Output head = chain.head();
        SplitOutput split = new SplitOutput(head, watermarks);
        Counter recordsIn = job.jobMetrics().counter(context.metricPrefix() + "source.records.in");
        long idleTimeoutMillis = job.options().sourceIdleTimeout().toMillis();
        reader = source.createReader(new SourceContext(context.jobId(), context.subtaskIndex(), context.parallelism()));
        reader.open();
        long lastActive = options.clock().millis();
        boolean idle = false;
        long sentWatermark = Long.MIN_VALUE;
        while (!isCanceled()) {
            split.rows = 0;
            ReadStatus status = reader.pollNext(split);
            if (split.rows > 0) {
                recordsIn.inc(split.rows);
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
                head.watermark(Long.MAX_VALUE);
                watermarkSent(Long.MAX_VALUE);
                return true;
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
