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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatermarkTest {
    private final Engine engine = Engine.create(EngineOptions.defaults());

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void aTasksWatermarkIsTheMinimumOverItsInputsAndAdvancesOnlyWhenThatMinimumDoes() throws Exception {
        TestSources.Scripted a = new TestSources.Scripted(Arrays.asList(100L, null));
        TestSources.Scripted b = new TestSources.Scripted(Arrays.asList(50L, 200L, null));
        List<Long> received = TestOperators.newWatermarkList();
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "a", 1, a, List.of(), TestSources.TYPE),
                Vertex.ofSource(2, "b", 1, b, List.of(), TestSources.TYPE),
                Vertex.ofOperators(3, "merge", 1, List.of(TestOperators.watermarkRecorder(received)), TestSources.TYPE)),
                List.of(new Edge(1, 3, Partitioning.forward()), new Edge(2, 3, Partitioning.rebalance())));
        Job job = engine.submit("watermarks", "watermarks", dataflow);

        a.permits.release(); // a: 100, b: none yet, so no watermark
        b.permits.release(); // b: 50
        Await.until("watermark 50 arrived", () -> received.equals(List.of(50L)));
        b.permits.release(); // b: 200, a still 100
        Await.until("watermark 100 arrived", () -> received.equals(List.of(50L, 100L)));
        a.permits.release(); // a ends, counting as +inf
        Await.until("watermark 200 arrived", () -> received.equals(List.of(50L, 100L, 200L)));
        b.permits.release(); // b ends

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(received).containsExactly(50L, 100L, 200L, Long.MAX_VALUE);
    }
}
