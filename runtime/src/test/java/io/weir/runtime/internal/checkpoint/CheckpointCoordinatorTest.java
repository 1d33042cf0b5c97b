package io.weir.runtime.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import io.weir.runtime.testing.ManualClock;
import io.weir.runtime.testing.MemoryCheckpointStorage;
import io.weir.runtime.testing.RowText;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointCoordinatorTest {
    private static final String JOB = "job";
    private static final StateTable TABLE = new StateTable("0-source", "positions", StateKind.SOURCE_POSITIONS,
            RowText.parseColumns("split INT, next_id BIGINT"));

    private final ManualClock clock = new ManualClock(0);
    private final MemoryCheckpointStorage storage = new MemoryCheckpointStorage();
    private final Tasks tasks = new Tasks(2);

    /** Two tasks that record what the coordinator tells them and acknowledge only when the test says. */
    private static final class Tasks implements CheckpointParticipants {
        final int count;
        final List<Long> triggered = new ArrayList<>();
        final List<Long> committed = new ArrayList<>();
        final List<Long> aborted = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();
        boolean finished;

        Tasks(int count) {
            this.count = count;
        }

        @Override
        public int taskCount() {
            return count;
        }

        @Override
        public boolean anyTaskFinished() {
            return finished;
        }

        @Override
        public void triggerSources(long checkpointId, CheckpointKind kind) {
            triggered.add(checkpointId);
        }

        @Override
        public void notifyCommitted(long checkpointId) {
            committed.add(checkpointId);
        }

        @Override
        public void notifyAborted(long checkpointId) {
            aborted.add(checkpointId);
        }

        @Override
        public void failJob(Throwable cause) {
            failures.add(cause);
        }
    }

    private CheckpointCoordinator coordinator(CheckpointOptions options) {
        CheckpointCoordinator coordinator = new CheckpointCoordinator(JOB, options, 128, storage, clock, 0);
        coordinator.attach(tasks, clock.millis());
        return coordinator;
    }

    private static CheckpointOptions everySecond() {
        return CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1));
    }

    /** Both tasks write a file for {@code checkpointId} and acknowledge it. */
    private void acknowledgeByAll(CheckpointCoordinator coordinator, long checkpointId) throws IOException {
        for (int task = 0; task < tasks.count; task++) {
            StateFile file = storage.write(JOB, checkpointId, CheckpointKind.CHECKPOINT, task, 0, 63, TABLE, StateFile.Content.FULL,
                    List.of(Row.of(task, 10L * checkpointId)));
            coordinator.acknowledge(new TaskAcknowledgement(checkpointId, task, List.of(file), Duration.ZERO,
                    Duration.ZERO, Duration.ZERO));
        }
    }

    @Test
    void theFirstCheckpointIsTriggeredOneIntervalAfterTheStart() {
        CheckpointCoordinator coordinator = coordinator(everySecond());

        clock.set(999);
        coordinator.tick();
        assertThat(tasks.triggered).isEmpty();
        clock.set(1000);
        coordinator.tick();

        assertThat(tasks.triggered).containsExactly(1L);
    }

    @Test
    void aCheckpointEveryTaskAcknowledgedIsCommittedWithTheirFilesThenAnnounced() throws IOException {
        CheckpointCoordinator coordinator = coordinator(everySecond());
        clock.set(1000);
        coordinator.tick();

        acknowledgeByAll(coordinator, 1);

        assertThat(storage.committed(JOB)).singleElement().satisfies(checkpoint -> {
            assertThat(checkpoint.checkpointId()).isEqualTo(1);
            assertThat(checkpoint.files()).hasSize(2);
            assertThat(checkpoint.location()).isEqualTo("checkpoints/job/1");
        });
        assertThat(tasks.committed).containsExactly(1L);
        assertThat(coordinator.completedCount()).isEqualTo(1);
    }

    @Test
    void aCheckpointIsNotCommittedBeforeEveryTaskAcknowledged() throws IOException {
        CheckpointCoordinator coordinator = coordinator(everySecond());
        clock.set(1000);
        coordinator.tick();
        StateFile file = storage.write(JOB, 1, CheckpointKind.CHECKPOINT, 0, 0, 63, TABLE, StateFile.Content.FULL, List.of());

        coordinator.acknowledge(new TaskAcknowledgement(1, 0, List.of(file), Duration.ZERO, Duration.ZERO,
                Duration.ZERO));

        assertThat(storage.committed(JOB)).isEmpty();
        assertThat(coordinator.pendingIds()).containsExactly(1L);
    }

    @Test
    void noCheckpointIsTriggeredWhileTheMostConcurrentOnesAreInProgress() {
        CheckpointCoordinator coordinator = coordinator(everySecond().withMaxConcurrent(2));

        for (long t = 1000; t <= 5000; t += 1000) {
            clock.set(t);
            coordinator.tick();
        }

        assertThat(tasks.triggered).containsExactly(1L, 2L);
    }

    @Test
    void theNextCheckpointWaitsTheMinimumPauseAfterThePreviousOneCompleted() throws IOException {
        CheckpointCoordinator coordinator = coordinator(everySecond().withMinPause(Duration.ofSeconds(5)));
        clock.set(1000);
        coordinator.tick();
        clock.set(1500);
        acknowledgeByAll(coordinator, 1);

        clock.set(6499);
        coordinator.tick();
        assertThat(tasks.triggered).containsExactly(1L);
        clock.set(6500);
        coordinator.tick();

        assertThat(tasks.triggered).containsExactly(1L, 2L);
    }

    @Test
    void aCheckpointThatTimesOutIsAbortedInTheStorageAndAnnounced() throws IOException {
        CheckpointCoordinator coordinator = coordinator(everySecond().withTimeout(Duration.ofSeconds(10))
                .withTolerableFailures(5));
        clock.set(1000);
        coordinator.tick();
        storage.write(JOB, 1, CheckpointKind.CHECKPOINT, 0, 0, 63, TABLE, StateFile.Content.FULL, List.of());

        clock.set(11_000);
        coordinator.tick();

        assertThat(storage.aborted(JOB)).contains(1L);
        assertThat(storage.checkpointsWithFiles(JOB)).doesNotContain(1L);
        assertThat(tasks.aborted).containsExactly(1L);
        assertThat(coordinator.failedCount()).isEqualTo(1);
        assertThat(tasks.failures).isEmpty();
    }

    @Test
    void anAcknowledgementAfterTheAbortRemovesWhatTheTaskWrote() throws IOException {
        CheckpointCoordinator coordinator = coordinator(everySecond().withTimeout(Duration.ofSeconds(10))
                .withTolerableFailures(5));
        clock.set(1000);
        coordinator.tick();
        clock.set(11_000);
        coordinator.tick();

        acknowledgeByAll(coordinator, 1);

        assertThat(storage.checkpointsWithFiles(JOB)).isEmpty();
        assertThat(storage.committed(JOB)).isEmpty();
    }

    @Test
    void moreFailuresInARowThanTolerableFailTheJob() {
        CheckpointCoordinator coordinator = coordinator(everySecond().withTimeout(Duration.ofSeconds(10))
                .withTolerableFailures(1));
        clock.set(1000);
        coordinator.tick();
        clock.set(11_000);
        coordinator.tick();
        assertThat(tasks.failures).isEmpty();

        coordinator.tick();
        coordinator.decline(2, 0, new IOException("disk full"));

        assertThat(tasks.failures).singleElement(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("tolerable-failed-checkpoints")
                .hasRootCauseMessage("disk full");
    }

    @Test
    void aCompletedCheckpointResetsTheFailuresInARow() throws IOException {
        CheckpointCoordinator coordinator = coordinator(everySecond().withTimeout(Duration.ofSeconds(10))
                .withTolerableFailures(1));
        clock.set(1000);
        coordinator.tick();
        coordinator.decline(1, 0, new IOException("once"));
        coordinator.tick();
        acknowledgeByAll(coordinator, 2);
        clock.set(12_000);
        coordinator.tick();

        coordinator.decline(3, 1, new IOException("again"));

        assertThat(tasks.failures).isEmpty();
    }

    @Test
    void onlyTheRetainedNumberOfCommittedCheckpointsIsKept() throws IOException {
        CheckpointCoordinator coordinator = coordinator(everySecond().withNumRetained(2));
        for (long id = 1; id <= 3; id++) {
            clock.set(id * 1000);
            coordinator.tick();
            acknowledgeByAll(coordinator, id);
        }

        assertThat(storage.committed(JOB)).extracting(c -> c.checkpointId()).containsExactly(2L, 3L);
        assertThat(storage.checkpointsWithFiles(JOB)).containsExactly(2L, 3L);
    }

    @Test
    void afterATaskFinishedNoCheckpointIsTriggeredAndThePendingOneIsAborted() {
        CheckpointCoordinator coordinator = coordinator(everySecond().withMaxConcurrent(2));
        clock.set(1000);
        coordinator.tick();

        tasks.finished = true;
        clock.set(5000);
        coordinator.tick();

        assertThat(tasks.triggered).containsExactly(1L);
        assertThat(tasks.aborted).containsExactly(1L);
        assertThat(coordinator.failedCount()).isZero();
    }

    @Test
    void checkpointIdsContinueAfterTheOneTheJobRestoredFrom() {
        CheckpointCoordinator coordinator = new CheckpointCoordinator(JOB, everySecond(), 128, storage, clock, 7);
        coordinator.attach(tasks, clock.millis());
        clock.set(1000);

        coordinator.tick();

        assertThat(tasks.triggered).containsExactly(8L);
    }
}
