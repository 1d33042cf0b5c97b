package io.weir.runtime.sink;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import java.util.List;

/**
 * The last operator of a chain that writes to a sink: each subtask writes through a {@link SinkWriter} of its own.
 * Its task drives the writer's two-phase commit: {@link #prepareCommit} at a barrier, {@link #commit} once the
 * checkpoint is committed, and before {@code open} hands it what it prepared for the checkpoint a restore starts from.
 */
public final class SinkOperator implements Operator {
    private final Sink sink;
    private SinkWriter writer;
    private List<Row> restoredPendingCommits = List.of();

    public SinkOperator(Sink sink) {
        this.sink = sink;
    }

    /** The chain entry the planner puts last in a vertex that writes to {@code sink}. */
    public static OperatorSpec spec(Sink sink) {
        return new OperatorSpec("Sink", sink.describe(), () -> new SinkOperator(sink));
    }

    public Sink sink() {
        return sink;
    }

    /** Before {@code open}: what the writer prepared for the checkpoint the job restores from. */
    public void restorePendingCommits(List<Row> rows) {
        restoredPendingCommits = List.copyOf(rows);
    }

    @Override
    public void open(OperatorContext context) throws Exception {
        writer = sink.createWriter(new SinkContext(context.jobId(), context.subtaskIndex(), context.parallelism(),
                restoredPendingCommits));
        writer.open();
    }

    /** Barrier {@code checkpointId} reached the sink; see {@link SinkWriter#prepareCommit}. */
    public List<Row> prepareCommit(long checkpointId) throws Exception {
        return writer.prepareCommit(checkpointId);
    }

    /** Checkpoint {@code checkpointId} is committed; see {@link SinkWriter#commit}. */
    public void commit(long checkpointId) throws Exception {
        writer.commit(checkpointId);
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
