package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.Batch;
import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.channel.InputGate;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import java.util.Arrays;
import java.util.List;

/**
 * A subtask of a vertex fed by edges: takes batches from its input gate as they arrive, feeds their rows to the
 * chain, and flushes the output after each batch. Its watermark is the minimum over its input channels, an ended
 * channel counting as +∞; the input ends when every channel has ended.
 */
final class OperatorTask extends Task {
    private final InputGate gate;

    OperatorTask(TaskOperatorContext context, InputGate gate, List<OperatorSpec> specs, ExchangeOutput output,
            ThreadedJob job) {
        super(context, specs, output, job);
        this.gate = gate;
    }

    @Override
    boolean readToEnd(Output head) {
        int channels = gate.channelCount();
        long[] channelWatermarks = new long[channels];
        Arrays.fill(channelWatermarks, Long.MIN_VALUE);
        long watermark = Long.MIN_VALUE;
        int ended = 0;
        Batch batch = null;
        while (ended < channels) {
            batch = gate.take(batch);
            int size = batch.size();
            for (int i = 0; i < size; i++) {
                head.emit(batch.kind(i), batch.row(i));
            }
            int channel = batch.channelIndex();
            long before = channelWatermarks[channel];
            if (batch.watermark() > before) {
                channelWatermarks[channel] = batch.watermark();
            }
            if (batch.isEndOfInput()) {
                channelWatermarks[channel] = Long.MAX_VALUE;
                ended++;
            }
            if (channelWatermarks[channel] != before) {
                long min = min(channelWatermarks);
                if (min > watermark) {
                    watermark = min;
                    head.watermark(min);
                }
            }
            output.flush();
        }
        return true;
    }

    private static long min(long[] values) {
        long min = Long.MAX_VALUE;
        for (long value : values) {
            if (value < min) {
                min = value;
            }
        }
        return min;
    }

    @Override
    Throwable closeInput() {
        return null;
    }
}
