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
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobLifecycleTest {
    private final Engine engine = Engine.create(new EngineOptions(32, 2));

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    @Test
    void anOperatorThatThrowsFailsTheJobWithItsExceptionAndLeavesNoThread() throws Exception {
        Queue<String> events = new ConcurrentLinkedQueue<>();
        IllegalArgumentException boom = new IllegalArgumentException("boom at row 1000");
        TestSources.Sequence source = new TestSources.Sequence(1_000_000, 10);
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Dataflow dataflow = pipeline(source, 2, 2, List.of(TestOperators.failingAt(1000, boom, events),
                SinkOperator.spec(sink)));

        Job job = engine.submit("fails", "fails", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FAILED);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).containsSame(boom);
        assertThat(Await.liveTaskThreads("fails")).isEmpty();
    }

    @Test
    void aCheckedExceptionOfAChainedOperatorIsTheFailureItself() throws Exception {
        IOException checked = new IOException("disk gone");
        Dataflow dataflow = pipeline(new TestSources.Sequence(10_000, 10), 1, 1, List.of(
                TestOperators.timesTen(), TestOperators.failingAt(50, checked, new ConcurrentLinkedQueue<>())));

        Job job = engine.submit("checked", "checked", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).containsSame(checked);
    }

    @Test
    void aFailedJobClosesEveryReaderOperatorAndWriter() throws Exception {
        Queue<String> events = new ConcurrentLinkedQueue<>();
        TestSources.Sequence source = new TestSources.Sequence(1_000_000, 10);
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Dataflow dataflow = pipeline(source, 2, 2, List.of(
                TestOperators.failingAt(1000, new IllegalStateException("boom"), events), SinkOperator.spec(sink)));

        Job job = engine.submit("closes", "closes", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FAILED);
        assertThat(source.events).containsExactlyInAnyOrder("close:reader:0", "close:reader:1");
        assertThat(events).containsExactly("close:Failing", "close:Failing");
        assertThat(sink.events).containsExactlyInAnyOrder("close:writer:0", "close:writer:1");
    }

    @Test
    void aReaderThatFailsToOpenFailsTheJob() throws Exception {
        IllegalStateException cannotOpen = new IllegalStateException("no such file");
        Source failing = new Source() {
            @Override
            public boolean isBounded() {
                return true;
            }

            @Override
            public SourceReader createReader(SourceContext context) {
                return new SourceReader() {
                    @Override
                    public void open() {
                        throw cannotOpen;
                    }

                    @Override
                    public ReadStatus pollNext(Output out) {
                        return ReadStatus.END_OF_INPUT;
                    }
                };
            }
        };
        Dataflow dataflow = pipeline(failing, 1, 2, List.of(SinkOperator.spec(new TestSinks.Collecting())));

        Job job = engine.submit("unopened", "unopened", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).containsSame(cannotOpen);
        assertThat(Await.liveTaskThreads("unopened")).isEmpty();
    }

    @Test
    void cancelingAnEndlessJobEndsItCanceledWithEveryThreadGoneAndEverythingClosed() throws Exception {
        Queue<String> events = new ConcurrentLinkedQueue<>();
        TestSources.Endless source = new TestSources.Endless();
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Dataflow dataflow = pipeline(source, 2, 2,
                List.of(TestOperators.recording("pass", events), SinkOperator.spec(sink)));
        Job job = engine.submit("endless", "endless", dataflow);
        Await.until("the sink received rows", () -> sink.received.size() > 1000);

        job.cancel();

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.CANCELED);
        assertThat(job.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(job.failure()).isEmpty();
        assertThat(Await.liveTaskThreads("endless")).isEmpty();
        assertThat(source.events).containsExactlyInAnyOrder("close:reader:0", "close:reader:1");
        assertThat(events).filteredOn(e -> e.startsWith("close:")).containsExactly("close:pass", "close:pass");
        assertThat(events).noneMatch(e -> e.startsWith("finish:"));
        assertThat(sink.events).containsExactlyInAnyOrder("close:writer:0", "close:writer:1");
    }

    @Test
    void closingTheEngineCancelsItsRunningJobsAndWaitsForThem() {
        TestSources.Endless source = new TestSources.Endless();
        Job job = engine.submit("engine-close", "engine-close",
                pipeline(source, 1, 1, List.of(SinkOperator.spec(new TestSinks.Collecting()))));
        Await.until("the source produced rows", () -> source.produced.get() > 100);

        engine.close();

        assertThat(job.termination()).isCompletedWithValue(JobStatus.CANCELED);
        assertThat(Await.liveTaskThreads("engine-close")).isEmpty();
    }

    @Test
    void endOfInputFinishesTheChainInOrderAndWhatAnOperatorEmitsInFinishReachesTheNextFirst() throws Exception {
        Queue<String> events = new ConcurrentLinkedQueue<>();
        Dataflow dataflow = pipeline(new TestSources.Sequence(10, 10), 1, 1, List.of(
                TestOperators.recording("A", events), TestOperators.recording("B", events),
                TestOperators.recording("C", events)));

        Job job = engine.submit("finish", "finish", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(events).filteredOn(e -> e.startsWith("finish:") || e.startsWith("saw:")).containsExactly(
                "finish:A", "saw:B:A", "saw:C:A", "finish:B", "saw:C:B", "finish:C");
    }

    @Test
    void operatorsAreOpenedFromLastToFirstAndClosedFromFirstToLast() throws Exception {
        Queue<String> events = new ConcurrentLinkedQueue<>();
        Dataflow dataflow = pipeline(new TestSources.Sequence(10, 10), 1, 1, List.of(
                TestOperators.recording("A", events), TestOperators.recording("B", events)));

        Job job = engine.submit("open-close", "open-close", dataflow);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(events).filteredOn(e -> e.startsWith("open:") || e.startsWith("close:"))
                .containsExactly("open:B", "open:A", "close:A", "close:B");
    }

    @Test
    void anOperatorRunsOnTheThreadItsContextNames() throws Exception {
        Queue<String> names = new ConcurrentLinkedQueue<>();
        OperatorSpec recordsThread = new OperatorSpec("Names", "records thread names", () -> new Operator() {
            @Override
            public void open(OperatorContext context) {
                names.add(context.taskName() + "=" + Thread.currentThread().getName());
            }

            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                out.emit(kind, row);
            }
        });

        Job job = engine.submit("names", "names", pipeline(new TestSources.Sequence(10, 10), 1, 2,
                List.of(recordsThread)));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(names).containsExactlyInAnyOrder(
                "weir-names-ops-0=weir-names-ops-0", "weir-names-ops-1=weir-names-ops-1");
    }

    @Test
    void eachJobOfOneEngineRunsWithTheKeyGroupsItWasSubmittedWith() throws Exception {
        Queue<String> seen = new ConcurrentLinkedQueue<>();
        JobOptions sixteen = JobOptions.defaults().withMaxParallelism(16).withSourceIdleTimeout(Duration.ofSeconds(3));

        Job small = engine.submit("small", "small", pipeline(new TestSources.Sequence(10, 10), 1, 1,
                List.of(recordsMaxParallelism(seen))), sixteen);
        Job usual = engine.submit("usual", "usual", pipeline(new TestSources.Sequence(10, 10), 1, 1,
                List.of(recordsMaxParallelism(seen))));

        assertThat(small.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(usual.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(seen).containsExactlyInAnyOrder("small=16", "usual=128");
        assertThat(small.options()).isEqualTo(sixteen);
        assertThat(usual.options()).isEqualTo(JobOptions.defaults());
    }

    @Test
    void aJobHasAnEndTimeOnlyOnceItEnded() throws Exception {
        TestSources.Endless source = new TestSources.Endless();
        Job job = engine.submit("ends", "ends", pipeline(source, 1, 1,
                List.of(SinkOperator.spec(new TestSinks.Collecting()))));
        assertThat(job.endTime()).isEmpty();

        job.cancel();

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.CANCELED);
        assertThat(job.endTime()).hasValueSatisfying(end -> assertThat(end).isAfterOrEqualTo(job.startTime()));
    }

    private static OperatorSpec recordsMaxParallelism(Queue<String> seen) {
        return new OperatorSpec("KeyGroups", "records the key groups", () -> new Operator() {
            @Override
            public void open(OperatorContext context) {
                seen.add(context.jobId() + "=" + context.maxParallelism());
            }

            @Override
            public void process(ChangeKind kind, Row row, Output out) {
                out.emit(kind, row);
            }
        });
    }

    private static Dataflow pipeline(Source source, int sourceParallelism, int parallelism, List<OperatorSpec> chain) {
        Vertex sourceVertex = Vertex.ofSource(1, "source", sourceParallelism, source, List.of(), TestSources.TYPE);
        Vertex operators = Vertex.ofOperators(2, "ops", parallelism, chain, TestSources.TYPE);
        return new Dataflow(List.of(sourceVertex, operators), List.of(new Edge(1, 2, Partitioning.rebalance())));
    }
}
