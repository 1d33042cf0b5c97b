package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.KeyGroups;
import io.weir.runtime.dataflow.KeyHasher;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.source.ValuesSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThreadedEngineResultsTest {
    private static final int ROWS = 20_000;
    private static final int KEYS = 37;

    // Small batches and channels, so rows cross many batch and back-pressure boundaries.
    private final Engine engine = Engine.create(new EngineOptions(64, 2));

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    static Stream<Arguments> parallelismsAndPartitionings() {
        List<Arguments> cases = new ArrayList<>();
        for (int parallelism : new int[] {1, 2, 4}) {
            cases.add(Arguments.of(parallelism, Partitioning.rebalance()));
            cases.add(Arguments.of(parallelism, Partitioning.hash(List.of(1))));
            cases.add(Arguments.of(parallelism, Partitioning.forward()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "parallelism {0}, {1}")
    @MethodSource("parallelismsAndPartitionings")
    void aMappedBoundedSourceReachesTheSinkExactlyOnce(int parallelism, Partitioning partitioning) throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Dataflow dataflow = sourceToSink(new TestSources.Sequence(ROWS, KEYS), parallelism, partitioning, parallelism,
                sink, true);

        Job job = engine.submit("results", "results", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.rowCounts()).isEqualTo(TestSinks.counts(expectedTimesTen()));
    }

    @Test
    void rebalanceBetweenDifferentParallelismsDeliversEveryRowOnce() throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = engine.submit("spread", "spread",
                sourceToSink(new TestSources.Sequence(ROWS, KEYS), 3, Partitioning.rebalance(), 2, sink, false));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.rowCounts()).isEqualTo(TestSinks.counts(expected()));
    }

    @Test
    void broadcastDeliversEveryRowToEverySubtask() throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = engine.submit("broadcast", "broadcast",
                sourceToSink(new TestSources.Sequence(1000, KEYS), 2, Partitioning.broadcast(), 3, sink, false));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        for (int subtask = 0; subtask < 3; subtask++) {
            int s = subtask;
            List<Row> rows = sink.received.stream().filter(r -> r.subtask() == s).map(TestSinks.Received::row).toList();
            assertThat(TestSinks.counts(rows)).as("subtask %d", s).isEqualTo(TestSinks.counts(expected(1000)));
        }
    }

    @Test
    void globalDeliversEveryRowToSubtaskZero() throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = engine.submit("global", "global",
                sourceToSink(new TestSources.Sequence(1000, KEYS), 2, Partitioning.global(), 2, sink, false));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.received).allMatch(r -> r.subtask() == 0);
        assertThat(sink.rowCounts()).isEqualTo(TestSinks.counts(expected(1000)));
    }

    @Test
    void hashPartitioningDeliversEveryRowOfAKeyToTheSubtaskOfItsKeyGroup() throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = engine.submit("hash", "hash",
                sourceToSink(new TestSources.Sequence(ROWS, KEYS), 3, Partitioning.hash(List.of(1)), 4, sink, false));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        Map<Long, Set<Integer>> subtasksByKey = new HashMap<>();
        for (TestSinks.Received r : sink.received) {
            subtasksByKey.computeIfAbsent(r.row().getLong(1), k -> new HashSet<>()).add(r.subtask());
        }
        KeyHasher hasher = KeyHasher.of(TestSources.TYPE, List.of(1));
        assertThat(subtasksByKey).hasSize(KEYS);
        subtasksByKey.forEach((key, subtasks) -> assertThat(subtasks).as("key %d", key)
                .containsExactly(KeyGroups.subtaskOfKey(hasher.hash(TestSources.row(key, KEYS)), 128, 4)));
        assertThat(sink.received.stream().map(TestSinks.Received::subtask).distinct().count()).isGreaterThan(1);
    }

    @Test
    void aValuesSourceFeedsItsRowsOnceWhateverTheSinkParallelism() throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        List<Row> rows = List.of(Row.of(1L, 1L, "a"), Row.of(2L, 0L, "b"), Row.of(1L, 1L, "a"));
        Job job = engine.submit("values", "values",
                sourceToSink(new ValuesSource(rows), 1, Partitioning.rebalance(), 2, sink, false));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.rowCounts()).isEqualTo(TestSinks.counts(rows));
    }

    @Test
    void aFinishedJobHasNoBufferedRowsAndNoThreads() throws Exception {
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = engine.submit("drained", "drained",
                sourceToSink(new TestSources.Sequence(ROWS, KEYS), 2, Partitioning.rebalance(), 2, sink, false));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(job.status()).isEqualTo(JobStatus.FINISHED);
        assertThat(job.bufferedRows()).isZero();
        assertThat(Await.liveTaskThreads("drained")).isEmpty();
    }

    @Test
    void aForwardEdgeBetweenDifferentParallelismsIsRejectedWithBoth() {
        Dataflow dataflow = sourceToSink(new TestSources.Sequence(10, KEYS), 2, Partitioning.forward(), 3,
                new TestSinks.Collecting(), false);

        assertThatThrownBy(() -> engine.submit("mismatch", "mismatch", dataflow))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parallelism 2")
                .hasMessageContaining("parallelism 3");
    }

    static Dataflow sourceToSink(io.weir.runtime.source.Source source, int sourceParallelism,
            Partitioning partitioning, int sinkParallelism, TestSinks.Collecting sink, boolean timesTen) {
        Vertex sourceVertex = Vertex.ofSource(1, "source", sourceParallelism, source, List.of(), TestSources.TYPE);
        Vertex sinkVertex = Vertex.ofOperators(2, "sink", sinkParallelism, timesTen
                ? List.of(TestOperators.timesTen(), SinkOperator.spec(sink))
                : List.of(SinkOperator.spec(sink)), TestSources.TYPE);
        return new Dataflow(List.of(sourceVertex, sinkVertex), List.of(new Edge(1, 2, partitioning)));
    }

    private static List<Row> expected() {
        return expected(ROWS);
    }

    private static List<Row> expected(int count) {
        List<Row> rows = new ArrayList<>();
        for (long id = 0; id < count; id++) {
            rows.add(TestSources.row(id, KEYS));
        }
        return rows;
    }

    private static List<Row> expectedTimesTen() {
        List<Row> rows = new ArrayList<>();
        for (long id = 0; id < ROWS; id++) {
            rows.add(Row.of(id * 10, id % KEYS, "n" + id));
        }
        return rows;
    }
}
