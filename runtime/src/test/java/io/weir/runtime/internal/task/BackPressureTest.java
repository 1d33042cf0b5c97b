package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.sink.SinkOperator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackPressureTest {
    private static final int BATCH_ROWS = 10;
    private static final int CAPACITY_BATCHES = 3;
    private static final int CHANNELS = 1;
    /** Queued batches, plus the producer's batch waiting to be queued. */
    private static final long MAX_BUFFERED = CHANNELS * (CAPACITY_BATCHES + 1L) * BATCH_ROWS;
    /** Buffered rows, plus the batch the sink is working through. */
    private static final long MAX_AHEAD = MAX_BUFFERED + BATCH_ROWS;

    private final Engine engine = Engine.create(new EngineOptions(BATCH_ROWS, CAPACITY_BATCHES));

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void aSlowSinkBlocksAnEndlessSourceWithBoundedRowsInBetween() throws Exception {
        TestSources.Endless source = new TestSources.Endless();
        TestSinks.Gated sink = new TestSinks.Gated();
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "source", 1, source, List.of(), TestSources.TYPE),
                Vertex.ofOperators(2, "sink", 1, List.of(SinkOperator.spec(sink)), TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.rebalance())));
        Job job = engine.submit("slow", "slow", dataflow);
        Thread sourceThread = Await.thread("weir-slow-source-0");

        for (int round = 1; round <= 3; round++) {
            long consumedTarget = round * 100L;
            sink.permits.release(100);
            Await.until("the sink consumed " + consumedTarget, () -> sink.consumed.get() == consumedTarget);
            Await.until("the source is blocked", () -> sourceThread.getState() == Thread.State.WAITING);

            assertThat(source.produced.get()).isGreaterThan(consumedTarget);
            assertThat(job.bufferedRows()).isLessThanOrEqualTo(MAX_BUFFERED);
            assertThat(source.produced.get() - sink.consumed.get()).isLessThanOrEqualTo(MAX_AHEAD);
        }

        job.cancel();
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.CANCELED);
    }
}
