package io.weir.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class CollectSinkTest {
    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.onSpinWait();
        }
    }

    private static Thread writeRows(CollectSink sink, int count, AtomicInteger written) {
        SinkWriter writer = sink.createWriter(new SinkContext("job", 0, 1));
        Thread thread = new Thread(() -> {
            Row row = new Row(1);
            try {
                for (int i = 0; i < count; i++) {
                    row.setLong(0, i);
                    writer.write(ChangeKind.INSERT, row);
                    written.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "collect-writer");
        thread.start();
        return thread;
    }

    @Test
    void aWriterBlocksOnceTheReaderIsAFullBufferBehind() {
        CollectSink sink = new CollectSink(3);
        AtomicInteger written = new AtomicInteger();
        Thread writer = writeRows(sink, 10, written);
        await("the writer blocks", () -> writer.getState() == Thread.State.WAITING);
        assertThat(written.get()).isEqualTo(3);
        sink.discard();
    }

    @Test
    void theReaderGetsCopiesOfEveryRowInOrderThenTheEnd() throws Exception {
        CollectSink sink = new CollectSink(2);
        AtomicInteger written = new AtomicInteger();
        Thread writer = writeRows(sink, 5, written);
        List<Long> read = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            read.add(sink.take().row.getLong(0));
        }
        writer.join();
        sink.end();
        assertThat(read).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(sink.take()).isSameAs(CollectSink.END);
    }

    @Test
    void discardingWakesABlockedWriter() throws Exception {
        CollectSink sink = new CollectSink(1);
        AtomicInteger written = new AtomicInteger();
        Thread writer = writeRows(sink, 100, written);
        await("the writer blocks", () -> writer.getState() == Thread.State.WAITING);
        sink.discard();
        writer.join();
        assertThat(written.get()).isEqualTo(100);
    }

    @Test
    void theEndIsAnnouncedEvenWhenTheBufferIsFull() throws Exception {
        CollectSink sink = new CollectSink(1);
        AtomicInteger written = new AtomicInteger();
        writeRows(sink, 1, written).join();
        sink.end();
        assertThat(sink.take().row.getLong(0)).isZero();
        assertThat(sink.take()).isSameAs(CollectSink.END);
    }
}
