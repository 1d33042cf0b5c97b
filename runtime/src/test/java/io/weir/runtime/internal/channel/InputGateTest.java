package io.weir.runtime.internal.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class InputGateTest {
    @Test
    void rowsAreCopiedSoTheCallerMayReuseItsRow() {
        InputGate gate = new InputGate(1, 4);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 8, BarrierDelivery.IN_BAND);
        Row reused = Row.of(1L);
        writer.add(ChangeKind.INSERT, reused);
        reused.setLong(0, 2);
        writer.add(ChangeKind.DELETE, reused);
        writer.flush();

        Batch batch = gate.take(null);

        assertThat(batch.size()).isEqualTo(2);
        assertThat(batch.row(0)).isEqualTo(Row.of(1L));
        assertThat(batch.kind(1)).isEqualTo(ChangeKind.DELETE);
        assertThat(batch.row(1)).isEqualTo(Row.of(2L));
    }

    @Test
    void aFullBatchIsHandedOverWithoutAFlush() {
        InputGate gate = new InputGate(1, 4);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 2, BarrierDelivery.IN_BAND);
        writer.add(ChangeKind.INSERT, Row.of(1L));
        writer.add(ChangeKind.INSERT, Row.of(2L));
        writer.add(ChangeKind.INSERT, Row.of(3L));

        assertThat(gate.queuedRows()).isEqualTo(2);
        assertThat(writer.pendingRows()).isEqualTo(1);
    }

    @Test
    void watermarkAndEndOfInputFollowTheRowsOfTheirBatch() {
        InputGate gate = new InputGate(1, 4);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 8, BarrierDelivery.IN_BAND);
        writer.add(ChangeKind.INSERT, Row.of(1L));
        writer.watermark(42);
        writer.endOfInput();

        Batch first = gate.take(null);
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.watermark()).isEqualTo(42);
        assertThat(first.isEndOfInput()).isFalse();
        Batch second = gate.take(first);
        assertThat(second.size()).isZero();
        assertThat(second.watermark()).isEqualTo(Batch.NO_WATERMARK);
        assertThat(second.isEndOfInput()).isTrue();
    }

    @Test
    void batchesArriveFromEveryChannelWithTheirChannelIndex() {
        InputGate gate = new InputGate(2, 4);
        new ChannelWriter(gate.channel(1), 8, BarrierDelivery.IN_BAND).watermark(1);
        new ChannelWriter(gate.channel(0), 8, BarrierDelivery.IN_BAND).watermark(2);

        assertThat(gate.take(null).channelIndex()).isEqualTo(1);
        assertThat(gate.take(null).channelIndex()).isEqualTo(0);
    }

    @Test
    void aProducerBlocksWhileItsChannelIsFullAndResumesWhenABatchIsTaken() throws Exception {
        InputGate gate = new InputGate(1, 2);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 1, BarrierDelivery.IN_BAND);
        AtomicReference<Thread> producer = new AtomicReference<>();
        CompletableFuture<Void> thirdRow = CompletableFuture.runAsync(() -> {
            producer.set(Thread.currentThread());
            for (long i = 0; i < 3; i++) {
                writer.add(ChangeKind.INSERT, Row.of(i));
            }
        });
        awaitWaiting(producer);
        assertThat(thirdRow).isNotDone();
        assertThat(gate.queuedRows()).isEqualTo(2);

        gate.take(null);

        thirdRow.get(30, TimeUnit.SECONDS);
        assertThat(gate.queuedRows()).isEqualTo(2);
    }

    @Test
    void closingTheGateReleasesABlockedConsumer() throws Exception {
        InputGate gate = new InputGate(1, 2);
        AtomicReference<Thread> consumer = new AtomicReference<>();
        CompletableFuture<Batch> take = CompletableFuture.supplyAsync(() -> {
            consumer.set(Thread.currentThread());
            return gate.take(null);
        });
        awaitWaiting(consumer);

        gate.close();

        assertThatThrownBy(() -> take.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ChannelClosedException.class);
    }

    @Test
    void closingTheGateReleasesABlockedProducer() throws Exception {
        InputGate gate = new InputGate(1, 1);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 1, BarrierDelivery.IN_BAND);
        AtomicReference<Thread> producer = new AtomicReference<>();
        CompletableFuture<Void> add = CompletableFuture.runAsync(() -> {
            producer.set(Thread.currentThread());
            writer.add(ChangeKind.INSERT, Row.of(1L));
            writer.add(ChangeKind.INSERT, Row.of(2L));
        });
        awaitWaiting(producer);

        gate.close();

        assertThatThrownBy(() -> add.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ChannelClosedException.class);
    }

    @Test
    void aBarrierFollowsTheRowsOfItsBatch() {
        InputGate gate = new InputGate(1, 4);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 8, BarrierDelivery.IN_BAND);
        writer.add(ChangeKind.INSERT, Row.of(1L));
        writer.barrier(7);
        writer.add(ChangeKind.INSERT, Row.of(2L));
        writer.flush();

        Batch first = gate.take(null);
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.barrier()).isEqualTo(7);
        Batch second = gate.take(first);
        assertThat(second.row(0)).isEqualTo(Row.of(2L));
        assertThat(second.barrier()).isEqualTo(Batch.NO_BARRIER);
    }

    @Test
    void aBlockedChannelKeepsItsBatchesUntilUnblocked() {
        InputGate gate = new InputGate(2, 4);
        ChannelWriter blocked = new ChannelWriter(gate.channel(0), 8, BarrierDelivery.IN_BAND);
        ChannelWriter open = new ChannelWriter(gate.channel(1), 8, BarrierDelivery.IN_BAND);
        blocked.barrier(1);
        gate.take(null);
        gate.block(0);
        blocked.add(ChangeKind.INSERT, Row.of(1L));
        blocked.flush();
        open.add(ChangeKind.INSERT, Row.of(2L));
        open.flush();

        Batch fromOpen = gate.take(null);
        assertThat(fromOpen.channelIndex()).isEqualTo(1);
        assertThat(gate.take(fromOpen, 0)).isNull();
        gate.unblockAll();

        Batch fromBlocked = gate.take(null, 0);
        assertThat(fromBlocked.channelIndex()).isZero();
        assertThat(fromBlocked.row(0)).isEqualTo(Row.of(1L));
    }

    @Test
    void wakingTheGateMakesAWaitingTakeReturnNothing() throws Exception {
        InputGate gate = new InputGate(1, 2);
        AtomicReference<Thread> consumer = new AtomicReference<>();
        CompletableFuture<Batch> take = CompletableFuture.supplyAsync(() -> {
            consumer.set(Thread.currentThread());
            return gate.take(null);
        });
        awaitWaiting(consumer);

        gate.wake();

        assertThat(take.get(30, TimeUnit.SECONDS)).isNull();
    }

    private static void awaitWaiting(AtomicReference<Thread> thread) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the thread never blocked");
            }
            LockSupport.parkNanos(200_000);
        }
    }

    /** A channel of capacity 1 holding two batches of one row each, then the priority barrier of checkpoint 7. */
    private static InputGate fullChannelWithAPriorityBarrier() {
        InputGate gate = new InputGate(1, 1);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 1, BarrierDelivery.PRIORITY);
        writer.add(ChangeKind.INSERT, Row.of(1L));
        writer.add(ChangeKind.INSERT, Row.of(2L));
        writer.barrier(7);
        return gate;
    }

    @Test
    void aPriorityBarrierIsQueuedIntoAFullChannelWithoutBlockingItsProducer() {
        InputGate gate = fullChannelWithAPriorityBarrier();

        assertThat(gate.channel(0).hasRoom()).isFalse();
        assertThat(gate.queuedRows()).isEqualTo(2);
    }

    @Test
    void aPriorityBarrierIsAnnouncedAheadOfTheBatchesQueuedBeforeIt() {
        InputGate gate = fullChannelWithAPriorityBarrier();

        Batch first = gate.take(null);

        assertThat(first.isAnnouncement()).isTrue();
        assertThat(first.barrier()).isEqualTo(7);
        assertThat(first.channelIndex()).isZero();
    }

    @Test
    void overtakingABarrierGivesTheQueuedRowsBeforeItAndLeavesThemQueuedWithoutTheBarrier() {
        InputGate gate = fullChannelWithAPriorityBarrier();
        gate.take(null);

        List<Batch> overtaken = gate.overtake(0, 7);

        List<Row> rows = new ArrayList<>();
        for (Batch batch : overtaken) {
            for (int i = 0; i < batch.size(); i++) {
                rows.add(batch.row(i));
            }
        }
        assertThat(rows).containsExactly(Row.of(1L), Row.of(2L));
        assertThat(overtaken.get(overtaken.size() - 1).barrier()).isEqualTo(Batch.NO_BARRIER);
        assertThat(gate.queuedRows()).isEqualTo(2);
    }

    @Test
    void aWaitForAnAnnouncementLeavesQueuedBatchesAlone() {
        InputGate gate = new InputGate(1, 4);
        ChannelWriter writer = new ChannelWriter(gate.channel(0), 8, BarrierDelivery.PRIORITY);
        writer.add(ChangeKind.INSERT, Row.of(1L));
        writer.flush();

        assertThat(gate.takeAnnouncement(0)).isNull();
        assertThat(gate.queuedRows()).isEqualTo(1);
    }
}
