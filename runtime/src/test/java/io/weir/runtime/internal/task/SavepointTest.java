package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.RestartStrategy;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Savepoints of a running count per key over a two-subtask source into a sink with two-phase commit. */
class SavepointTest {
    private static final String JOB = "savepointed";
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
    }

    /** The source (vertex 1) hashed by key into a running count and the sink, on vertex {@code countVertex}. */
    private Dataflow countingDataflow(int countVertex, int countParallelism) {
        return new Dataflow(List.of(
                Vertex.ofSource(1, "src", 2, source, List.of(), GatedSequenceSource.TYPE),
                Vertex.ofOperators(countVertex, "count", countParallelism,
                        List.of(TestOperators.runningCount(1), SinkOperator.spec(sink)),
                        RowText.parseColumns("key BIGINT, n BIGINT"))),
                List.of(new Edge(1, countVertex, new Partitioning.Hash(List.of(1)))));
    }

    /** Checkpoints every second by the test's clock, which the tests do not advance: only savepoints are taken. */
    private static JobOptions checkpointed() {
        return JobOptions.defaults().withRestartStrategy(new RestartStrategy.None())
                .withCheckpointing(CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1)));
    }

    private long rowsRead(Job job) {
        Map<String, Long> metrics = job.metrics();
        return metrics.getOrDefault("src.0.source.records.in", 0L)
                + metrics.getOrDefault("src.1.source.records.in", 0L);
    }

    private static List<Row> failureFreeOutput() {
        List<Row> rows = new ArrayList<>();
        for (long key = 0; key < KEYS; key++) {
            for (long n = 1; n <= ROWS / KEYS; n++) {
                rows.add(Row.of(key, n));
            }
        }
        return rows;
    }

    /** Submits the counting job, lets it read 1000 rows and stops it with a savepoint. */
    private CompletedCheckpoint savepointAfter1000Rows() throws Exception {
        Job job = engine.submit(JOB, JOB, countingDataflow(2, 2), checkpointed());
        source.release(1000);
        Await.until("the sources read 1000 rows", () -> rowsRead(job) == 1000);
        CompletedCheckpoint savepoint = job.stopWithSavepoint().get(30, TimeUnit.SECONDS);
        source.release(ROWS);
        return savepoint;
    }

    @Test
    void aSavepointOfARunningJobIsCommittedAsASavepointWhileTheJobGoesOn() throws Exception {
        Job job = engine.submit(JOB, JOB, countingDataflow(2, 2), checkpointed());
        source.release(1000);
        Await.until("the sources read 1000 rows", () -> rowsRead(job) == 1000);

        CompletedCheckpoint savepoint = job.savepoint().get(30, TimeUnit.SECONDS);

        assertThat(savepoint.kind()).isEqualTo(CheckpointKind.SAVEPOINT);
        assertThat(savepoint.checkpointId()).isEqualTo(1);
        assertThat(storage.committed(JOB)).containsExactly(savepoint);
        assertThat(storage.rowsOf(savepoint, "count")).hasSize((int) KEYS);
        assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
        source.release(ROWS);
        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeOutput());
    }

    @Test
    void aSavepointIsNeverRemovedByTheRetentionOfCheckpoints() throws Exception {
        Job job = engine.submit(JOB, JOB, countingDataflow(2, 2), checkpointed());
        source.release(100);
        Await.until("the sources read 100 rows", () -> rowsRead(job) == 100);
        CompletedCheckpoint savepoint = job.savepoint().get(30, TimeUnit.SECONDS);

        for (int i = 2; i <= 3; i++) {
            long id = i;
            clock.advance(1000);
            Await.until("checkpoint " + id + " is committed",
                    () -> storage.committed(JOB).stream().anyMatch(c -> c.checkpointId() == id));
        }

        // Retention runs right after a commit: await it rather than race it.
        Await.until("checkpoint 2 is removed by retention", () -> storage.committed(JOB).stream()
                .noneMatch(c -> c.checkpointId() == 2));
        assertThat(storage.committed(JOB)).extracting(CompletedCheckpoint::checkpointId).containsExactly(1L, 3L);
        assertThat(storage.committed(JOB).get(0)).isEqualTo(savepoint);
    }

    @Test
    void stopWithSavepointCommitsTheSinksOutputUpToTheSavepointAndEndsTheJobCanceled() throws Exception {
        Job job = engine.submit(JOB, JOB, countingDataflow(2, 2), checkpointed());
        source.release(1000);
        Await.until("the sources read 1000 rows", () -> rowsRead(job) == 1000);

        CompletedCheckpoint savepoint = job.stopWithSavepoint().get(30, TimeUnit.SECONDS);

        assertThat(job.status()).isEqualTo(JobStatus.CANCELED);
        assertThat(sink.events()).contains("commit:0:" + savepoint.checkpointId(),
                "commit:1:" + savepoint.checkpointId());
        assertThat(sink.committed()).hasSize(1000);
    }

    @Test
    void aSavepointRestoresAtAnotherParallelismAndBothRunsTogetherCommitAFailureFreeRunsOutput() throws Exception {
        CompletedCheckpoint savepoint = savepointAfter1000Rows();

        Job second = engine.submit("restored", "restored", countingDataflow(2, 3),
                JobOptions.defaults().withRestoreFrom(savepoint));

        assertThat(second.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeOutput());
    }

    @Test
    void aJobWithoutPeriodicCheckpointsTakesASavepointWhoseRestoreCompletesAFailureFreeRunsOutput() throws Exception {
        Job job = engine.submit(JOB, JOB, countingDataflow(2, 2), JobOptions.defaults());
        source.release(1000);
        Await.until("the sources read 1000 rows", () -> rowsRead(job) == 1000);
        clock.advance(60_000);

        CompletedCheckpoint savepoint = job.stopWithSavepoint().get(30, TimeUnit.SECONDS);
        source.release(ROWS);
        Job second = engine.submit("restored", "restored", countingDataflow(2, 3),
                JobOptions.defaults().withRestoreFrom(savepoint));

        assertThat(second.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        // The clock passed no interval: the savepoint is the job's first and only checkpoint.
        assertThat(storage.committed(JOB)).extracting(CompletedCheckpoint::checkpointId).containsExactly(1L);
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeOutput());
    }

    @Test
    void aSavepointOfAJobWithoutPeriodicCheckpointsIsExactlyOnceWhateverItsCheckpointingModeSays() throws Exception {
        JobOptions atLeastOnceWithoutInterval = JobOptions.defaults()
                .withCheckpointing(CheckpointOptions.disabled().withMode(CheckpointingMode.AT_LEAST_ONCE));
        Job job = engine.submit(JOB, JOB, countingDataflow(2, 2), atLeastOnceWithoutInterval);
        source.release(100);
        Await.until("the sources read 100 rows", () -> rowsRead(job) == 100);

        CompletedCheckpoint savepoint = job.savepoint().get(30, TimeUnit.SECONDS);

        assertThat(savepoint.mode()).isEqualTo(CheckpointingMode.EXACTLY_ONCE);
    }

    @Test
    void aSavepointOfAJobOnAnEngineWithoutCheckpointStorageFailsSayingSo() {
        try (Engine withoutStorage = Engine.create(new EngineOptions(16, 4, clock))) {
            Job job = withoutStorage.submit(JOB, JOB, countingDataflow(2, 2), JobOptions.defaults());

            assertThatThrownBy(() -> job.savepoint().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(WeirException.class)
                    .hasMessageContaining("without checkpoint storage");
            source.release(ROWS);
        }
    }

    @Test
    void restoringASavepointIntoAJobWithoutOneOfItsOperatorsFailsNamingTheOperatorUidAndTheSavepoint()
            throws Exception {
        CompletedCheckpoint savepoint = savepointAfter1000Rows();

        assertThatThrownBy(() -> engine.submit("changed", "changed", countingDataflow(3, 2),
                JobOptions.defaults().withRestoreFrom(savepoint)))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'2-0-count'")
                .hasMessageContaining("'" + savepoint.location() + "'")
                .hasMessageContaining("'execution.state-recovery.ignore-unclaimed-state'");
    }

    @Test
    void aJobIgnoringUnclaimedStateStartsWithoutTheStateOfTheOperatorsItLacks() throws Exception {
        CompletedCheckpoint savepoint = savepointAfter1000Rows();
        int committedBefore = sink.committed().size();

        Job changed = engine.submit("changed", "changed", countingDataflow(3, 2),
                JobOptions.defaults().withRestoreFrom(savepoint).withIgnoreUnclaimedState(true));

        assertThat(changed.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        // The source's positions are claimed (vertex 1 is unchanged), the counts are not: they start again at 1.
        assertThat(sink.committed().subList(committedBefore, sink.committed().size()))
                .hasSize((int) ROWS - 1000)
                .contains(Row.of(0L, 1L));
    }
}
