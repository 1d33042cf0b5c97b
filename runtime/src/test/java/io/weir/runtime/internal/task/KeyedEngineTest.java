package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.state.ValueState;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.RowText;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedEngineTest {
    private final ManualClock clock = new ManualClock(1_000);
    private final Engine engine = Engine.create(EngineOptions.defaults().withClock(clock));

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    /** Counts rows per key in a value state; records the subtasks that saw each key and each key's last count. */
    private static OperatorSpec countPerKey(Map<Long, Set<Integer>> subtasksByKey, Map<Long, Long> countByKey) {
        return new OperatorSpec("Count", "count per key", () -> new Operator() {
            private OperatorContext context;
            private ValueState count;

            @Override
            public void open(OperatorContext ctx) {
                context = ctx;
                count = ctx.valueState("count", RowText.parseColumns("n BIGINT"));
            }

            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                Row current = count.value();
                if (current == null) {
                    current = Row.of(0L);
                }
                current.setLong(0, current.getLong(0) + 1);
                count.update(current);
                long key = context.currentKey().getLong(0);
                subtasksByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(context.subtaskIndex());
                countByKey.put(key, current.getLong(0));
            }
        }, List.of(1));
    }

    @Test
    void aKeyedOperatorAfterAHashEdgeKeepsEachKeysStateInOneSubtask() throws Exception {
        Map<Long, Set<Integer>> subtasksByKey = new ConcurrentHashMap<>();
        Map<Long, Long> countByKey = new ConcurrentHashMap<>();
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 2, new TestSources.Sequence(1000, 10), List.of(), TestSources.TYPE),
                Vertex.ofOperators(2, "count", 2, List.of(countPerKey(subtasksByKey, countByKey)), TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.hash(List.of(1)))));

        Job job = engine.submit("keyed", "keyed", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(countByKey).hasSize(10).allSatisfy((key, count) -> assertThat(count).isEqualTo(100L));
        assertThat(subtasksByKey.values()).allSatisfy(subtasks -> assertThat(subtasks).hasSize(1));
        assertThat(subtasksByKey.values().stream().flatMap(Set::stream).distinct()).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void aKeyedOperatorWhoseInputIsNotHashedOnItsKeyIsRefusedNamingBoth() {
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 1, new TestSources.Sequence(10, 2), List.of(), TestSources.TYPE),
                Vertex.ofOperators(2, "count", 1, List.of(countPerKey(new ConcurrentHashMap<>(),
                        new ConcurrentHashMap<>())), TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.hash(List.of(0)))));

        assertThatThrownBy(() -> engine.submit("unhashed", "unhashed", dataflow))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("keyed operator 'Count'")
                .hasMessageContaining("vertex 'count'")
                .hasMessageContaining("from vertex 'src'")
                .hasMessageContaining("HASH[0]");
    }

    @Test
    void processingTimeTimersFireOnTheTaskThreadWhenTheClockPassesThem() throws Exception {
        List<String> fired = new CopyOnWriteArrayList<>();
        List<Long> processed = new CopyOnWriteArrayList<>();
        OperatorSpec timing = new OperatorSpec("Timing", "registers a timer a second after each row", () -> new Operator() {
            private OperatorContext context;

            @Override
            public void open(OperatorContext ctx) {
                context = ctx;
            }

            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                context.timers().registerProcessingTimeTimer(context.timers().currentProcessingTime() + 1_000);
                processed.add(row.getLong(0));
            }

            @Override
            public void onTimer(long timestamp, TimeDomain domain, Output out) {
                fired.add(domain + "@" + timestamp + " key " + context.currentKey().getLong(0) + " on "
                        + Thread.currentThread().getName());
            }
        }, List.of(1));
        TestSources.Pushed source = new TestSources.Pushed();
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 1, source, List.of(), TestSources.TYPE),
                Vertex.ofOperators(2, "timing", 1, List.of(timing), TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.hash(List.of(1)))));
        Job job = engine.submit("proc", "proc", dataflow);

        source.push(7);
        Await.until("the row was processed", () -> processed.size() == 1);
        clock.advance(999);
        source.push(8);
        Await.until("the second row was processed", () -> processed.size() == 2);
        assertThat(fired).isEmpty();
        clock.advance(1);

        Await.until("the timer fired", () -> fired.size() == 1);
        assertThat(fired).containsExactly("PROCESSING_TIME@2000 key 0 on weir-proc-timing-0");
        job.cancel();
    }

    @Test
    void countersSourceAndSinkRecordsAndWatermarksAreInTheJobsMetrics() throws Exception {
        OperatorSpec counting = new OperatorSpec("Dropper", "drops even ids", () -> new Operator() {
            private Counter dropped;

            @Override
            public void open(OperatorContext ctx) {
                dropped = ctx.counter("lateRecordsDropped");
            }

            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                if (row.getLong(0) % 2 == 0) {
                    dropped.inc();
                } else {
                    out.emit(kind, row);
                }
            }
        });
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 1, new TestSources.Sequence(100, 3), List.of(counting), TestSources.TYPE),
                Vertex.ofOperators(2, "out", 1, List.of(SinkOperator.spec(sink)), TestSources.TYPE)),
                List.of(new Edge(1, 2, Partitioning.forward())));

        Job job = engine.submit("metrics", "metrics", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(job.metrics()).containsEntry("src.0.source.records.in", 100L)
                .containsEntry("src.0.Dropper.lateRecordsDropped", 50L)
                .containsEntry("out.0.Sink.records.out", 50L)
                .containsEntry("src.0.watermark", Long.MAX_VALUE)
                .containsEntry("out.0.watermark", Long.MAX_VALUE);
    }
}
