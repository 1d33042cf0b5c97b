package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.testing.GatedSequenceSource;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.MemoryCheckpointStorage;
import io.weir.runtime.testing.RowText;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
    }

    private Job submit(CheckpointingMode mode) {
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", 2, source, List.of(), GatedSequenceSource.TYPE),
                Vertex.ofOperators(2, "count", 1, List.of(TestOperators.runningCount(1), SinkOperator.spec(sink)),
                        RowText.parseColumns("key BIGINT, n BIGINT"))),
                List.of(new Edge(1, 2, new Partitioning.Hash(List.of(1)))));
        JobOptions options = JobOptions.defaults().withCheckpointing(
                CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1)).withMode(mode));
        return engine.submit(JOB, JOB, dataflow, options);
    }

    /**
     * Runs the scenario up to subtask 1's barrier: 10 rows from each subtask before the barriers, and 15 more from
     * subtask 0 after its own; {@code beforeLettingGo} runs once subtask 0's post-barrier rows are released.
     */
    private CompletedCheckpoint checkpointWithASlowChannel(CheckpointingMode mode, Runnable beforeLettingGo) {
        submit(mode);
        source.hold(1);
        source.release(0, 10);
        source.release(1, 10);
        Await.until("subtask 0's rows are counted", () -> sink.received.size() == 10);
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
}
