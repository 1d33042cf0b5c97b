package io.weir.runtime.sink;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/** The last operator of a chain that writes to a sink: each subtask writes through a {@link SinkWriter} of its own. */
public final class SinkOperator implements Operator {
    private final Sink sink;
    private SinkWriter writer;

    public SinkOperator(Sink sink) {
        this.sink = sink;
    }

    /** The chain entry the planner puts last in a vertex that writes to {@code sink}. */
    public static OperatorSpec spec(Sink sink) {
        return new OperatorSpec("Sink", sink.describe(), () -> new SinkOperator(sink));
    }

    @Override
    public void open(OperatorContext context) throws Exception {
        writer = sink.createWriter(new SinkContext(context.jobId(), context.subtaskIndex(), context.parallelism()));
        writer.open();
    }

    @Override
    public void process(ChangeKind kind, Row row, Output out) throws Exception {
        writer.write(kind, row);
    }

    /** A sink is the end of the line: watermarks stop here. */
    @Override
    public void watermark(long watermark, Output out) {
    }

    @Override
    public void finish(Output out) throws Exception {
        writer.finish();
    }

    @Override
    public void close() throws Exception {
        if (writer != null) {
            writer.close();
        }
    }
}
