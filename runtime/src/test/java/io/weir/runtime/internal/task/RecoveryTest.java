package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.RestartStrategy;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.fault.FaultPoint;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.internal.fault.InjectedFault;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.testing.GatedSequenceSource;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.MemoryCheckpointStorage;
import io.weir.runtime.testing.RowText;
import io.weir.runtime.testing.TwoPhaseCollectingSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A running count per key over a two-subtask source, hashed to two subtasks, into a sink with two-phase commit. */
class RecoveryTest {
    private static final String JOB = "recover";
    private static final long ROWS = 4000;
    private static final long KEYS = 10;

    private final ManualClock clock = new ManualClock(0);
    private final MemoryCheckpointStorage storage = new MemoryCheckpointStorage();
    private final Engine engine = Engine.create(new EngineOptions(16, 4, clock, storage));
    private final GatedSequenceSource source = new GatedSequenceSource(ROWS, KEYS);
    private final TwoPhaseCollectingSink sink = new TwoPhaseCollectingSink();

    @AfterEach
    void closeEngine() {
        engine.close();
        Faults.disarm(JOB);
    }

    private Dataflow countingDataflow() {
        return countingDataflow(2);
    }

    private Dataflow countingDataflow(int countParallelism) {
        return new Dataflow(List.of(
                Vertex.ofSource(1, "src", 2, source, List.of(), GatedSequenceSource.TYPE),
                Vertex.ofOperators(2, "count", countParallelism, List.of(TestOperators.runningCount(1), SinkOperator.spec(sink)),
                        RowText.parseColumns("key BIGINT, n BIGINT"))),
                List.of(new Edge(1, 2, new Partitioning.Hash(List.of(1)))));
    }

    private static JobOptions checkpointedWith(RestartStrategy restarts) {
        return JobOptions.defaults().withRestartStrategy(restarts)
                .withCheckpointing(CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1)));
    }

    private long rowsRead(Job job) {
        Map<String, Long> metrics = job.metrics();
        return metrics.getOrDefault("src.0.source.records.in", 0L) + metrics.getOrDefault("src.1.source.records.in", 0L);
    }

    /** What a run without failures commits: every key's counts 1..n, once each. */
    private static List<Row> failureFreeOutput() {
        List<Row> rows = new ArrayList<>();
        for (long key = 0; key < KEYS; key++) {
            for (long n = 1; n <= ROWS / KEYS; n++) {
                rows.add(Row.of(key, n));
            }
        }
        return rows;
    }

    @Test
    void aFailureAfterACheckpointRestartsFromItAndTheOutputEqualsAFailureFreeRunExactlyOnce() throws Exception {
        Job job = engine.submit(JOB, JOB, countingDataflow(), checkpointedWith(new RestartStrategy.FixedDelay(3,
                Duration.ZERO)));
        source.release(1000);
        Await.until("the sources read 1000 rows", () -> rowsRead(job) == 1000);
        clock.advance(1000);
        Await.until("checkpoint 1 is committed", () -> !storage.committed(JOB).isEmpty());
        Faults.arm(FaultPoint.RECORDS, JOB, "weir-" + JOB + "-src-0", 800);

        source.release(ROWS);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(Faults.fired(JOB)).isTrue();
        assertThat(job.metrics()).containsEntry("restarts", 1L);
        assertThat(sink.events()).contains("restore:0:1", "restore:1:1");
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeOutput());
    }

    @Test
    void aCheckpointCommittedButNeverAnnouncedIsCommittedBySinksWhenTheJobRestartsFromIt() throws Exception {
        Faults.arm(FaultPoint.COMMITTED_NOT_NOTIFIED, JOB, "coordinator", 1);
        Job job = engine.submit(JOB, JOB, countingDataflow(), checkpointedWith(new RestartStrategy.FixedDelay(1,
                Duration.ZERO)));
        source.release(1000);
        Await.until("the sources read 1000 rows", () -> rowsRead(job) == 1000);
        clock.advance(1000);
        Await.until("the job restarted", () -> job.metrics().get("restarts") == 1);

        source.release(ROWS);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.events()).contains("restore:0:1", "restore:1:1").doesNotContain("commit:0:1");
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeOutput());
    }

    @Test
    void aJobRestoresAnotherJobsCheckpointAtAnotherParallelismOfItsKeyedVertex() throws Exception {
        Job first = engine.submit(JOB, JOB, countingDataflow(2), checkpointedWith(new RestartStrategy.None()));
        source.release(1000);
        Await.until("the sources read 1000 rows", () -> rowsRead(first) == 1000);
        clock.advance(1000);
        Await.until("checkpoint 1 is committed", () -> !storage.committed(JOB).isEmpty());
        first.cancel();
        first.termination().get(30, TimeUnit.SECONDS);
        source.release(ROWS);

        Job second = engine.submit("resumed", "resumed", countingDataflow(3),
                JobOptions.defaults().withRestoreFrom(storage.committed(JOB).get(0)));

        assertThat(second.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeOutput());
    }

    @Test
    void aJobThatFailsMoreOftenThanItsRestartStrategyAllowsFailsWithTheRootCause() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 1, source, List.of(
                        TestOperators.failingAt(5, boom, new ConcurrentLinkedQueue<>())), GatedSequenceSource.TYPE)),
                List.of());
        source.release(ROWS);

        Job job = engine.submit(JOB, JOB, dataflow, JobOptions.defaults()
                .withRestartStrategy(new RestartStrategy.FixedDelay(2, Duration.ZERO)));

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).containsSame(boom);
        assertThat(job.metrics()).containsEntry("restarts", 2L);
        assertThat(Await.liveTaskThreads(JOB)).isEmpty();
    }

    @Test
    void cancelingAJobThatWaitsForItsRestartEndsItAtOnce() throws Exception {
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 1, source, List.of(), GatedSequenceSource.TYPE)), List.of());
        Job job = engine.submit(JOB, JOB, dataflow, JobOptions.defaults()
                .withRestartStrategy(new RestartStrategy.FixedDelay(1, Duration.ofHours(1))));
        Faults.arm(FaultPoint.RECORDS, JOB, null, 1);
        source.release(10);
        Await.until("the fault fired", () -> Faults.fired(JOB));
        Await.until("the failed execution's threads ended", () -> Await.liveTaskThreads(JOB).isEmpty());

        job.cancel();

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.CANCELED);
        assertThat(job.metrics()).containsEntry("restarts", 0L);
    }

    @Test
    void checkpointsThatFailMoreOftenThanTolerableFailTheJob() throws Exception {
        storage.failWritesOf(JOB, 1);
        Job job = engine.submit(JOB, JOB, countingDataflow(), checkpointedWith(new RestartStrategy.None()));
        source.release(10);
        Await.until("the sources read 10 rows", () -> rowsRead(job) == 10);

        clock.advance(1000);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).get().asString().contains("tolerable-failed-checkpoints");
        assertThat(storage.checkpointsWithFiles(JOB)).isEmpty();
    }

    @Test
    void aFaultArmedAtACheckpointIdFailsTheTaskAtThatBarrier() throws Exception {
        Faults.arm(FaultPoint.BARRIER, JOB, "weir-" + JOB + "-count-1", 1);
        Job job = engine.submit(JOB, JOB, countingDataflow(), checkpointedWith(new RestartStrategy.None()));
        source.release(10);
        Await.until("the sources read 10 rows", () -> rowsRead(job) == 10);

        clock.advance(1000);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FAILED);
        assertThat(job.failure()).get().isInstanceOf(InjectedFault.class);
        assertThat(storage.committed(JOB)).isEmpty();
    }

    @Test
    void sourcesHeldOpenUntilTheFaultFiresLetAFaultAtACheckpointFireAfterTheWholeInputWasRead() throws Exception {
        Faults.arm(FaultPoint.BARRIER, JOB, "weir-" + JOB + "-count-1", 1);
        Faults.holdInputsOpenUntilFired();
        Job job = engine.submit(JOB, JOB, countingDataflow(), checkpointedWith(new RestartStrategy.FixedDelay(1,
                Duration.ZERO)));
        source.release(ROWS);
        Await.until("the counts read every row", () -> job.metrics().getOrDefault("count.0.records.in", 0L)
                + job.metrics().getOrDefault("count.1.records.in", 0L) == ROWS);
        assertThat(job.status()).as("a job whose sources are held open").isEqualTo(JobStatus.RUNNING);

        clock.advance(1000);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(Faults.fired(JOB)).isTrue();
        assertThat(job.metrics()).containsEntry("restarts", 1L);
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeOutput());
    }
}
