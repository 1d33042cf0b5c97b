package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.WatermarkGenerator;
import io.weir.runtime.testing.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdleSourceTest {
    /** A row's id is its timestamp; the watermark trails it by 10. */
    private static final WatermarkGenerator ID_MINUS_10 = row -> row.getLong(0) - 10;

    private final ManualClock clock = new ManualClock(0);
    private final Engine engine = Engine.create(EngineOptions.defaults().withClock(clock));
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final TestSources.Pushed a = new TestSources.Pushed();
    private final TestSources.Pushed b = new TestSources.Pushed();

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private Job start() {
        OperatorSpec recorder = new OperatorSpec("Recorder", "records rows and watermarks", () -> new Operator() {
            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                events.add("row " + row.getLong(0));
            }

            @Override
            public void watermark(long watermark, Output out) {
                events.add("watermark " + watermark);
            }
        });
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "a", 1, a, ID_MINUS_10, List.of(), TestSources.TYPE),
                Vertex.ofSource(2, "b", 1, b, ID_MINUS_10, List.of(), TestSources.TYPE),
                Vertex.ofOperators(3, "merge", 1, List.of(recorder), TestSources.TYPE)),
                List.of(new Edge(1, 3, Partitioning.forward()), new Edge(2, 3, Partitioning.rebalance())));
        return engine.submit("idle", "idle", dataflow, JobOptions.defaults().withSourceIdleTimeout(Duration.ofSeconds(1)));
    }

    @Test
    void aSilentSourceHoldsTheWatermarkBackUntilTheIdleTimeout() {
        Job job = start();
        a.push(100);
        Await.until("a's row arrived", () -> events.contains("row 100"));
        Await.until("a sent its watermark", () -> job.metrics().get("a.0.watermark") == 90L);
        a.push(110);
        Await.until("a's second row arrived", () -> events.contains("row 110"));

        assertThat(events).noneMatch(e -> e.startsWith("watermark"));
    }

    @Test
    void anIdleSourceDoesNotHoldTheWatermarkBackAndRejoinsWithItsNextRows() {
        start();
        a.push(100);
        Await.until("a's row arrived", () -> events.contains("row 100"));
        clock.advance(1_000);
        a.push(200);
        Await.until("the watermark passed idle b", () -> events.contains("watermark 190"));

        b.push(150);
        // b's row must reach the operator before a's next one, or a's watermark could pass while b still counts idle.
        Await.until("b's row arrived", () -> events.contains("row 150"));
        a.push(500);
        Await.until("a's row arrived", () -> events.contains("row 500"));
        b.push(600);
        Await.until("the watermark advanced to the minimum of both", () -> events.contains("watermark 490"));

        // b may go idle before a's row 200 arrives, letting a's earlier watermark 90 through first.
        assertThat(events).filteredOn(e -> e.startsWith("watermark")).endsWith("watermark 190", "watermark 490");
        // Had b not rejoined, a's 500 alone would have moved the watermark before b's row 600 arrived.
        assertThat(events.indexOf("watermark 490")).isGreaterThan(events.indexOf("row 600"));
    }
}
