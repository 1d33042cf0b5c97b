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
import io.weir.runtime.job.OperatorMetrics;
import io.weir.runtime.sink.SinkOperator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OperatorFiguresTest {
    private final Engine engine = Engine.create(new EngineOptions(10, 3));

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private static Dataflow countingJob(TestSinks.Collecting sink) {
        return new Dataflow(List.of(
                Vertex.ofSource(1, "src", 2, new TestSources.Sequence(1000, 10), List.of(), TestSources.TYPE),
                Vertex.ofOperators(2, "count", 2, List.of(TestOperators.runningCount(1), SinkOperator.spec(sink)),
                        TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.hash(List.of(1)))));
    }

    private static OperatorMetrics named(Job job, String operatorName) {
        return job.operators().stream().filter(o -> o.operatorName().equals(operatorName)).findFirst()
                .orElseThrow(() -> new AssertionError("no operator " + operatorName + " in " + job.operators()));
    }

    @Test
    void eachOperatorCountsTheRowsItReceivedAndEmittedOverItsSubtasks() throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = engine.submit("counts", "counts", countingJob(sink));
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);

        List<OperatorMetrics> operators = job.operators();
        assertThat(operators).extracting(OperatorMetrics::uid)
                .containsExactly("1-source", "2-0-count", TaskDeployer.uidOf(countingJob(sink).vertex(2), 1));
        assertThat(operators).extracting(OperatorMetrics::recordsIn).containsExactly(1000L, 1000L, 1000L);
        assertThat(operators).extracting(OperatorMetrics::recordsOut).containsExactly(1000L, 1000L, 1000L);
    }

    @Test
    void aKeyedOperatorReportsTheKeysItHoldsAndAnEstimateOfTheirBytes() throws Exception {
        Job job = engine.submit("state", "state", countingJob(new TestSinks.Collecting()));
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);

        OperatorMetrics count = named(job, "Count");
        assertThat(count.keyedState()).isTrue();
        assertThat(count.stateRows()).isEqualTo(10);
        // Ten keys of one BIGINT column and values of one BIGINT: some tens of bytes each, far from a kilobyte.
        assertThat(count.stateBytes()).isBetween(10 * 50L, 10 * 1000L);
    }

    @Test
    void everyOperatorOfAnEndedJobHasTheFinalWatermarkAndNoRate() throws Exception {
        Job job = engine.submit("ended", "ended", countingJob(new TestSinks.Collecting()));
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);

        assertThat(job.operators()).extracting(OperatorMetrics::watermark).containsOnly(Long.MAX_VALUE);
        assertThat(job.operators()).extracting(OperatorMetrics::recordsInPerSecond).containsOnly(0.0);
    }

    @Test
    void aSourceBlockedByASinkThatTakesNoRowsIsBackPressured() throws Exception {
        TestSinks.Gated sink = new TestSinks.Gated();
        Job job = engine.submit("blocked", "blocked", new Dataflow(List.of(
                Vertex.ofSource(1, "source", 1, new TestSources.Endless(), List.of(), TestSources.TYPE),
                Vertex.ofOperators(2, "sink", 1, List.of(SinkOperator.spec(sink)), TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.rebalance()))));

        Await.until("the source is back-pressured", () -> job.operators().get(0).backPressured());
        assertThat(job.operators().get(1).backPressured()).as("the sink, which has no output").isFalse();
        job.cancel();
    }

    @Test
    void rowsFlowingThroughAnOperatorGiveItAPositiveRate() throws Exception {
        TestSinks.Gated sink = new TestSinks.Gated();
        sink.permits.release(Integer.MAX_VALUE);
        Job job = engine.submit("flowing", "flowing", new Dataflow(List.of(
                Vertex.ofSource(1, "source", 1, new TestSources.Endless(), List.of(), TestSources.TYPE),
                Vertex.ofOperators(2, "sink", 1, List.of(SinkOperator.spec(sink)), TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.rebalance()))));

        Await.until("the sink has a rate", () -> job.operators().get(1).recordsInPerSecond() > 0);
        job.cancel();
    }
}
