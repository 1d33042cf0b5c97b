package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.CheckpointOptions;
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
import io.weir.runtime.job.JobStatus;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sequence source feeds a keyed running count through a hash exchange, and the count a slow vertex whose first
 * operator forwards a row only for a permit the test releases: with no permits, every channel fills up and the
 * upstream tasks are back-pressured. Batches of 10 rows, 2 batches per channel.
 */
class UnalignedBackPressureTest {
    private static final String JOB = "pressed";
    private static final int BATCH_ROWS = 10;
    private static final int CAPACITY_BATCHES = 2;
    private static final long ROWS = 2000;
    private static final long KEYS = 5;
    private static final String SLOW_INPUT = InFlightRecording.uid(3);
    private static final String COUNT_INPUT = InFlightRecording.uid(2);

    private final ManualClock clock = new ManualClock(0);
    private final MemoryCheckpointStorage storage = new MemoryCheckpointStorage();
    private final Engine engine = Engine.create(new EngineOptions(BATCH_ROWS, CAPACITY_BATCHES, clock, storage));
    private final Semaphore permits = new Semaphore(0);

    @AfterEach
    void closeEngine() {
        engine.close();
        Faults.disarm(JOB);
    }

    private static CheckpointOptions unaligned() {
        return CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1)).withUnaligned(true, Duration.ZERO);
    }

    private static CheckpointOptions aligned() {
        return CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1));
    }

    private Job submit(String jobId, JobOptions options, GatedSequenceSource source, int sourceParallelism,
            int countParallelism, Semaphore gate, Sink sink) {
        Dataflow dataflow = new Dataflow(List.of(
                Vertex.ofSource(1, "src", sourceParallelism, source, List.of(), GatedSequenceSource.TYPE),
                Vertex.ofOperators(2, "count", countParallelism, List.of(TestOperators.runningCount(1)),
                        RowText.parseColumns("key BIGINT, n BIGINT")),
                Vertex.ofOperators(3, "slow", 1, List.of(TestOperators.gated(gate), SinkOperator.spec(sink)),
                        RowText.parseColumns("key BIGINT, n BIGINT"))),
                List.of(new Edge(1, 2, new Partitioning.Hash(List.of(1))),
                        new Edge(2, 3, Partitioning.rebalance())));
        return engine.submit(jobId, jobId, dataflow, options);
    }

    /**
     * Lets the source run into full channels, triggers checkpoint 1 and waits until every count subtask has forwarded
     * its barrier; the slow vertex is then blocked on the first row of its first batch.
     */
    private void backPressureThenTrigger(Job job, int countParallelism) {
        Await.until("the channels are full", () -> job.bufferedRows() >= 2L * CAPACITY_BATCHES * BATCH_ROWS
                && blockedOnPermit(job.id()));
        clock.advance(1000);
        for (int subtask = 0; subtask < countParallelism; subtask++) {
            String countFile = COUNT_INPUT + "/" + InFlightRecording.TABLE_NAME + "/" + subtask + "-";
            Await.until("count " + countFile + " forwarded barrier 1", () -> storage.pathsWritten(job.id(), 1)
                    .stream().anyMatch(path -> path.startsWith(countFile)));
        }
    }

    private static boolean blockedOnPermit(String jobId) {
        Thread slow = Await.thread("weir-" + jobId + "-slow-0");
        for (StackTraceElement frame : slow.getStackTrace()) {
            if (frame.getClassName().equals(Semaphore.class.getName())) {
                return slow.getState() == Thread.State.WAITING;
            }
        }
        return false;
    }

    /** The input rows of stored in-flight rows, without their channel and change kind. */
    private List<Row> inFlightRows(CompletedCheckpoint checkpoint, String uid) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Row stored : storage.rowsOf(checkpoint, uid, InFlightRecording.TABLE_NAME)) {
            rows.add(Row.of(stored.getLong(2), stored.getLong(3)));
        }
        return rows;
    }

    private static List<Row> failureFreeCounts() {
        List<Row> expected = new ArrayList<>();
        for (long key = 0; key < KEYS; key++) {
            for (long n = 1; n <= ROWS / KEYS; n++) {
                expected.add(Row.of(key, n));
            }
        }
        return expected;
    }

    private static List<Row> rowsOf(TestSinks.Collecting sink) {
        return sink.received.stream().map(TestSinks.Received::row).toList();
    }

    @Test
    void anUnalignedBarrierOvertakesFullChannelsAndTheCheckpointStoresTheRowsItOvertook() throws IOException {
        GatedSequenceSource source = new GatedSequenceSource(ROWS, KEYS);
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = submit(JOB, JobOptions.defaults().withCheckpointing(unaligned()), source, 1, 1, permits, sink);
        source.release(ROWS);
        backPressureThenTrigger(job, 1);

        permits.release(BATCH_ROWS);
        Await.until("checkpoint 1 is committed", () -> !storage.committed(JOB).isEmpty());

        assertThat(sink.received).hasSize(BATCH_ROWS);
        List<Row> overtaken = inFlightRows(storage.committed(JOB).get(0), SLOW_INPUT);
        assertThat(overtaken).hasSizeGreaterThanOrEqualTo(CAPACITY_BATCHES * BATCH_ROWS);
        permits.release(Integer.MAX_VALUE / 2);
        Await.until("the overtaken rows reached the sink", () -> sink.received.size() >= BATCH_ROWS + overtaken.size());
        assertThat(rowsOf(sink).subList(BATCH_ROWS, BATCH_ROWS + overtaken.size()))
                .containsExactlyElementsOf(overtaken);
    }

    @Test
    void anAlignedBarrierWaitsBehindTheRowsQueuedInFullChannels() {
        GatedSequenceSource source = new GatedSequenceSource(ROWS, KEYS);
        TestSinks.Collecting sink = new TestSinks.Collecting();
        Job job = submit(JOB, JobOptions.defaults().withCheckpointing(aligned()), source, 1, 1, permits, sink);
        source.release(ROWS);
        Await.until("the channels are full", () -> job.bufferedRows() >= 2L * CAPACITY_BATCHES * BATCH_ROWS
                && blockedOnPermit(job.id()));
        clock.advance(1000);

        permits.release(BATCH_ROWS);
        Await.until("the slow vertex waits again", () -> sink.received.size() == BATCH_ROWS
                && blockedOnPermit(job.id()));

        assertThat(storage.committed(JOB)).isEmpty();
    }

    @Test
    void aJobRestoredFromAnUnalignedCheckpointTakenUnderBackPressureWritesEveryRowOnce() throws Exception {
        GatedSequenceSource source = new GatedSequenceSource(ROWS, KEYS);
        TwoPhaseCollectingSink sink = new TwoPhaseCollectingSink();
        Job job = submit(JOB, JobOptions.defaults().withCheckpointing(unaligned())
                .withRestartStrategy(new RestartStrategy.FixedDelay(1, Duration.ZERO)), source, 1, 1, permits, sink);
        source.release(ROWS);
        backPressureThenTrigger(job, 1);
        permits.release(BATCH_ROWS);
        Await.until("checkpoint 1 is committed", () -> !storage.committed(JOB).isEmpty());
        Faults.arm(FaultPoint.RECORDS, JOB, "weir-" + JOB + "-slow-0", 200);

        permits.release(Integer.MAX_VALUE / 2);

        assertThat(job.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        assertThat(job.metrics().get("restarts")).isEqualTo(1L);
        assertThat(sink.committed()).containsExactlyInAnyOrderElementsOf(failureFreeCounts());
    }

    @ParameterizedTest(name = "count parallelism 2 restored at {0}")
    @ValueSource(ints = {1, 3})
    void inFlightRowsOfAHashExchangeRestoreAtAnotherParallelism(int restoredParallelism) throws Exception {
        GatedSequenceSource source = new GatedSequenceSource(ROWS, KEYS);
        TestSinks.Collecting before = new TestSinks.Collecting();
        Job first = submit(JOB, JobOptions.defaults().withCheckpointing(unaligned()), source, 2, 2, permits, before);
        source.release(ROWS);
        backPressureThenTrigger(first, 2);
        permits.release(BATCH_ROWS);
        Await.until("checkpoint 1 is committed", () -> !storage.committed(JOB).isEmpty());
        CompletedCheckpoint checkpoint = storage.committed(JOB).get(0);
        assertThat(inFlightRows(checkpoint, COUNT_INPUT)).isNotEmpty();
        first.cancel();
        first.termination().get(30, TimeUnit.SECONDS);
        List<Row> output = new ArrayList<>(rowsOf(before).subList(0, BATCH_ROWS));

        GatedSequenceSource again = new GatedSequenceSource(ROWS, KEYS);
        again.release(ROWS);
        TestSinks.Collecting after = new TestSinks.Collecting();
        Job restored = submit("rescaled", JobOptions.defaults().withCheckpointing(unaligned())
                .withRestoreFrom(checkpoint), again, 2, restoredParallelism,
                new Semaphore(Integer.MAX_VALUE / 2), after);

        assertThat(restored.termination().get(30, TimeUnit.SECONDS)).isEqualTo(JobStatus.FINISHED);
        output.addAll(rowsOf(after));
        assertThat(output).containsExactlyInAnyOrderElementsOf(failureFreeCounts());
    }
}
