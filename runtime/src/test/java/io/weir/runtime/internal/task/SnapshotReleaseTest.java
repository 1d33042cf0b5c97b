package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.RestartStrategy;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.source.Source;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.testing.GatedSequenceSource;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.MemoryCheckpointStorage;
import io.weir.runtime.testing.RowText;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A task releases each snapshot of its keyed state however the checkpoint ends, so it stops copying state for it. */
class SnapshotReleaseTest {
    private static final String JOB = "release";
    private static final RowType COUNT = RowType.of(List.of("n", "blob"),
            List.of(DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH)));

    private final ManualClock clock = new ManualClock(0);
    private final MemoryCheckpointStorage storage = new MemoryCheckpointStorage();
    private final Engine engine = Engine.create(new EngineOptions(16, 4, clock, storage));
    private final Queue<KeyedStateBackend> backends = new ConcurrentLinkedQueue<>();
    private final TestSinks.Collecting sink = new TestSinks.Collecting();

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /**
     * A running count per key whose state row also has a BYTES field, holding {@code blob} (or NULL), that records
     * its backend.
     */
    private OperatorSpec countWithBlob(Object blob) {
        return new OperatorSpec("Count", "running count per key", () -> new Operator() {
            private final Row out = new Row(2);
            private ValueState count;

            @Override
            public void open(OperatorContext context) {
                count = context.valueState("count", COUNT);
                backends.add(((ChainedOperatorContext) context).stateBackend());
            }

            @Override
            public void process(ChangeKind kind, Row row, Output output) {
                Row current = count.value();
                long n = current == null ? 1 : current.getLong(0) + 1;
                count.update(Row.of(n, blob));
                out.setLong(0, row.getLong(1));
                out.setLong(1, n);
                output.emit(ChangeKind.INSERT, out);
            }
        }, List.of(1));
    }

    private Job submit(Source source, int sourceParallelism, OperatorSpec count, CheckpointOptions checkpointing) {
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", sourceParallelism, source, List.of(), GatedSequenceSource.TYPE),
                Vertex.ofOperators(2, "count", 1, List.of(count, SinkOperator.spec(sink)),
                        RowText.parseColumns("key BIGINT, n BIGINT"))),
                List.of(new Edge(1, 2, new Partitioning.Hash(List.of(1)))));
        return engine.submit(JOB, JOB, dataflow, JobOptions.defaults().withCheckpointing(checkpointing)
                .withRestartStrategy(new RestartStrategy.None()));
    }

    private static CheckpointOptions everySecondTolerating(int failures) {
        return CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1)).withTolerableFailures(failures);
    }

    private KeyedStateBackend backend() {
        Await.until("the operator opened", () -> !backends.isEmpty());
        return backends.peek();
    }

    @Test
    void aCheckpointWhoseWritesFailReleasesTheTasksSnapshot() throws Exception {
        GatedSequenceSource source = new GatedSequenceSource(1000, 10);
        storage.failWritesOf(JOB, 1);
        Job job = submit(source, 1, countWithBlob(null), everySecondTolerating(5));
        source.release(100);
        Await.until("100 rows are counted", () -> sink.received.size() == 100);

        clock.advance(1000);
        Await.until("checkpoint 1 is aborted", () -> storage.aborted(JOB).contains(1L));

        // Before the source goes on, so the task is still running: only a release ends the snapshot.
        KeyedStateBackend backend = backend();
        Await.until("the count task released its snapshot", () -> backend.liveSnapshots() == 0);
        source.release(1000);
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
    }

    @Test
    void aStateFieldNoTableCanStoreDeclinesTheCheckpointOnTheWriterAndTheJobGoesOn() throws Exception {
        GatedSequenceSource source = new GatedSequenceSource(1000, 10);
        Job job = submit(source, 1, countWithBlob(new StringBuilder("not bytes")), everySecondTolerating(5));
        source.release(100);
        Await.until("100 rows are counted", () -> sink.received.size() == 100);

        clock.advance(1000);
        Await.until("checkpoint 1 is aborted", () -> storage.aborted(JOB).contains(1L));
        source.release(1000);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.received).hasSize(1000);
        assertThat(storage.committed(JOB)).isEmpty();
        assertThat(backend().liveSnapshots()).isZero();
    }

    @Test
    void anUnalignedCheckpointThatTimesOutBeforeItsLastBarrierReleasesItsSnapshot() throws Exception {
        HeldSource source = new HeldSource(2);
        Job job = submit(source, 2, countWithBlob(null), everySecondTolerating(5)
                .withUnaligned(true, Duration.ZERO).withTimeout(Duration.ofSeconds(10))
                .withMinPause(Duration.ofHours(1)));
        source.hold(1);
        source.release(0, 10);
        source.release(1, 10);
        Await.until("subtask 0's rows are counted", () -> sink.received.size() == 10);
        Await.until("subtask 1 is held", () -> source.events.contains("held:1"));
        KeyedStateBackend backend = backend();
        clock.advance(1000);
        Await.until("the count task snapshotted at subtask 0's barrier", () -> backend.liveSnapshots() == 1);

        clock.advance(10_000);
        Await.until("checkpoint 1 is aborted", () -> storage.aborted(JOB).contains(1L));

        Await.until("the count task dropped its unaligned snapshot", () -> backend.liveSnapshots() == 0);
        assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
        source.letGo(1);
        job.cancel();
        job.termination().get(30, TimeUnit.SECONDS);
    }
}
