package io.weir.planner.translate;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;

/** The last operator of a chain: hands each change to its subtask's writer of a {@link Sink}. */
public final class SinkWriterOperator implements Operator {
    private final Sink sink;
    private SinkWriter writer;

    SinkWriterOperator(Sink sink) {
        this.sink = sink;
    }

    /** The operator spec writing to {@code sink}. */
    public static OperatorSpec spec(String name, Sink sink) {
        return new OperatorSpec(name, sink.describe(), () -> new SinkWriterOperator(sink));
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
