package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.Batch;
import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.channel.InputGate;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A subtask of a vertex fed by edges: takes batches from its input gate as they arrive, feeds their rows to the
 * chain, and flushes the output after each batch. Between batches, and while waiting for one, it fires the chain's
 * processing-time timers that fell due. Its watermark is tracked by {@link InputWatermarks}; when every input still
 * running is idle, it marks its own outputs idle. The input ends when every channel has ended.
 */
final class OperatorTask extends Task {
    /** The longest wait for input while a processing-time timer is pending, so a test clock's advance is seen. */
    private static final long MAX_TIMER_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final InputGate gate;

    OperatorTask(TaskOperatorContext context, InputGate gate, List<OperatorSpec> specs, RowType inputType,
            ExchangeOutput output, ThreadedJob job, EngineOptions options) {
        super(context, specs, inputType, output, job, options);
        this.gate = gate;
    }

    @Override
    boolean readToEnd(OperatorChain chain) throws Exception {
        Output head = chain.head();
        InputWatermarks watermarks = new InputWatermarks(gate.channelCount());
        Batch batch = null;
        while (!watermarks.allEnded()) {
            batch = nextBatch(chain, batch);
            if (batch == null) {
                continue;
            }
            int size = batch.size();
            for (int i = 0; i < size; i++) {
                head.emit(batch.kind(i), batch.row(i));
            }
            long before = watermarks.current();
            boolean wasIdle = watermarks.isIdle();
            int channel = batch.channelIndex();
            if (size > 0) {
                watermarks.active(channel);
            }
            if (batch.watermark() != Batch.NO_WATERMARK) {
                watermarks.watermark(channel, batch.watermark());
            }
            if (batch.isIdle()) {
                watermarks.idle(channel);
            }
            if (batch.isEndOfInput()) {
                watermarks.ended(channel);
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
        }
        return true;
    }

    /** The next batch, or {@code null} if a processing-time timer fell due (and fired) first. */
    private Batch nextBatch(OperatorChain chain, Batch consumed) throws Exception {
        long next = chain.nextProcessingTime();
        if (next == Long.MAX_VALUE) {
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
        return null;
    }
}
