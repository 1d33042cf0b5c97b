package io.weir.runtime.internal.task;

import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A subtask of a source vertex: polls its reader in a loop and flushes the output after every poll, so rows never
 * wait for a batch to fill. When the reader ends it sends a final watermark of +∞ through the chain.
 */
final class SourceTask extends Task {
    private static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final Source source;
    private SourceReader reader;

    SourceTask(TaskOperatorContext context, Source source, List<OperatorSpec> specs, ExchangeOutput output,
            ThreadedJob job) {
        super(context, specs, output, job);
        this.source = source;
    }

    @Override
    boolean readToEnd(Output head) throws Exception {
        reader = source.createReader(new SourceContext(context.jobId(), context.subtaskIndex(), context.parallelism()));
        reader.open();
        while (!isCanceled()) {
            ReadStatus status = reader.pollNext(head);
            output.flush();
            if (status == ReadStatus.END_OF_INPUT) {
                head.watermark(Long.MAX_VALUE);
                return true;
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
}
