package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.RestartStrategy;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.internal.fault.FaultPoint;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.testing.GatedSequenceSource;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.MemoryCheckpointStorage;
import io.weir.runtime.testing.RowText;
import io.weir.runtime.testing.TwoPhaseCollectingSink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two source subtasks feed one keyed running count through a hash exchange; subtask 1 is held inside a poll, so its
 * barrier arrives long after subtask 0's, and subtask 0 sends more rows after its barrier.
 */
class BarrierAlignmentTest {
    private static final String JOB = "align";

    private final ManualClock clock = new ManualClock(0);
    private final MemoryCheckpointStorage storage = new MemoryCheckpointStorage();
    private final Engine engine = Engine.create(new EngineOptions(16, 4, clock, storage));
    private final HeldSource source = new HeldSource(2);
    private final TestSinks.Collecting sink = new TestSinks.Collecting();

    @AfterEach
    void closeEngine() {
        engine.close();
        Faults.disarm(JOB);
    }

    private Job submit(CheckpointingMode mode) {
        return submit(CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1)).withMode(mode),
                new RestartStrategy.None(), sink);
    }

    private Job submit(CheckpointOptions checkpointing, RestartStrategy restarts, Sink into) {
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 2, source, List.of(), GatedSequenceSource.TYPE),
                Vertex.ofOperators(2, "count", 1, List.of(TestOperators.runningCount(1), SinkOperator.spec(into)),
                        RowText.parseColumns("key BIGINT, n BIGINT"))),
                List.of(new Edge(1, 2, new Partitioning.Hash(List.of(1)))));
        return engine.submit(JOB, JOB, dataflow, JobOptions.defaults().withCheckpointing(checkpointing)
                .withRestartStrategy(restarts));
    }

    /**
     * Runs the scenario up to subtask 1's barrier: 10 rows from each subtask before the barriers, and 15 more from
     * subtask 0 after its own; {@code beforeLettingGo} runs once subtask 0's post-barrier rows are released.
     */
    private CompletedCheckpoint checkpointWithASlowChannel(CheckpointingMode mode, Runnable beforeLettingGo) {
        submit(mode);
        return checkpointWithASlowChannel(beforeLettingGo, () -> sink.received.size() == 10);
    }

    private CompletedCheckpoint checkpointWithASlowChannel(Runnable beforeLettingGo, BooleanSupplier firstRowsDone) {
        source.hold(1);
        source.release(0, 10);
        source.release(1, 10);
        Await.until("subtask 0's rows are counted", firstRowsDone);
        Await.until("subtask 1 is held", () -> source.events.contains("held:1"));
        clock.advance(1000);
        Await.until("subtask 0 sent its barrier", () -> source.events.contains("positions:0:10"));
        source.release(0, 25);
        beforeLettingGo.run();
        source.letGo(1);
        Await.until("checkpoint 1 is committed", () -> !storage.committed(JOB).isEmpty());
        return storage.committed(JOB).get(0);
    }

    private long countedIn(CompletedCheckpoint checkpoint) throws IOException {
        long total = 0;
        for (Row row : storage.rowsOf(checkpoint, "count")) {
            total += row.getLong(row.arity() - 1);
        }
        return total;
    }

    @Test
    void exactlyOnceSnapshotsTheRowsBeforeEachChannelsBarrierAndNoneAfter() throws IOException {
        CompletedCheckpoint checkpoint = checkpointWithASlowChannel(CheckpointingMode.EXACTLY_ONCE, () -> { });

        assertThat(countedIn(checkpoint)).isEqualTo(20);
    }

    @Test
    void exactlyOnceReadsTheBlockedChannelAgainOnceAligned() {
        checkpointWithASlowChannel(CheckpointingMode.EXACTLY_ONCE, () -> { });

        Await.until("every row is counted", () -> sink.received.size() == 35);
    }

    @Test
    void atLeastOnceGoesOnReadingAChannelThatDeliveredItsBarrier() throws IOException {
        CompletedCheckpoint checkpoint = checkpointWithASlowChannel(CheckpointingMode.AT_LEAST_ONCE,
                () -> Await.until("subtask 0's rows after its barrier are counted", () -> sink.received.size() == 25));

        assertThat(countedIn(checkpoint)).isEqualTo(35);
    }

    @Test
    void eachSourceSubtaskRecordsItsPositionAtItsBarrier() throws IOException {
        CompletedCheckpoint checkpoint = checkpointWithASlowChannel(CheckpointingMode.EXACTLY_ONCE, () -> { });

        assertThat(storage.rowsOf(checkpoint, SourceTask.POSITIONS))
                .containsExactlyInAnyOrder(Row.of(0, 10L), Row.of(1, 10L));
    }

    private static CheckpointOptions unaligned() {
        return CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1))
                .withUnaligned(true, Duration.ZERO);
    }

    @Test
    void unalignedSnapshotsAtTheFirstBarrierAndStoresTheRowsItOvertook() throws IOException {
        submit(unaligned(), new RestartStrategy.None(), sink);

        CompletedCheckpoint checkpoint = checkpointWithASlowChannel(() -> { }, () -> sink.received.size() == 10);

        assertThat(countedIn(checkpoint)).isEqualTo(10);
        assertThat(storage.rowsOf(checkpoint, InFlightRecording.TABLE_NAME))
                .hasSize(10)
                .allSatisfy(row -> assertThat(row.getInt(0)).isEqualTo(1));
    }

    @Test
    void aRestoreFromAnUnalignedCheckpointReplaysTheOvertakenRowsExactlyOnce() {
        TwoPhaseCollectingSink committing = new TwoPhaseCollectingSink();
        Job job = submit(unaligned(), new RestartStrategy.FixedDelay(1, Duration.ZERO), committing);
        checkpointWithASlowChannel(() -> { }, () -> job.metrics().getOrDefault("count.0.Sink.records.out", 0L) == 10);
        Await.until("every row is counted", () -> job.metrics().get("count.0.Sink.records.out") == 35);
        Faults.arm(FaultPoint.RECORDS, JOB, "weir-" + JOB + "-count-0", 36);

        source.release(0, 30);
        Await.until("the job restarted", () -> job.metrics().get("restarts") == 1);
        Await.until("the rows up to the last checkpoint are committed", () -> {
            clock.advance(1000);
            return committing.committed().size() >= 40;
        });

        List<Row> expected = new ArrayList<>();
        for (long key = 0; key < 5; key++) {
            for (long n = 1; n <= 8; n++) {
                expected.add(Row.of(key, n));
            }
        }
        assertThat(committing.committed()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anAlignmentThatWaitsLongerThanTheAlignedTimeoutSwitchesToUnaligned() throws IOException {
        Job job = submit(CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1))
                .withUnaligned(true, Duration.ofSeconds(5)), new RestartStrategy.None(), sink);

        CompletedCheckpoint checkpoint = checkpointWithASlowChannel(() -> {
            Await.until("subtask 0's channel is blocked", () -> job.metrics().get("count.0.blockedChannels") == 1);
            clock.advance(5000);
            Await.until("subtask 0's rows after its barrier are counted", () -> sink.received.size() == 25);
        }, () -> sink.received.size() == 10);

        assertThat(countedIn(checkpoint)).isEqualTo(10);
        assertThat(storage.rowsOf(checkpoint, InFlightRecording.TABLE_NAME)).hasSize(10);
    }
}
