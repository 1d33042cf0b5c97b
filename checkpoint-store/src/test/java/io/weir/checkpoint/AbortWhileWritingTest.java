package io.weir.checkpoint;

import static io.weir.checkpoint.ParquetCheckpointStorageTest.JOB;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.WINDOWS;
import static io.weir.checkpoint.ParquetCheckpointStorageTest.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An abort is final even while another thread writes a state file of the checkpoint. */
class AbortWhileWritingTest {
    private static final long DEADLINE_SECONDS = 30;

    @TempDir
    Path dataDir;

    private MetadataStore metadata;
    private CheckpointStorage storage;

    @BeforeEach
    void open() {
        metadata = MetadataStore.open(dataDir);
        storage = metadata.checkpointStorage();
    }

    @AfterEach
    void close() {
        metadata.close();
    }

    /** Rows that hand out their first half, then wait for a latch before the rest. */
    private static final class BlockingRows implements Iterable<Row> {
        final CountDownLatch halfWritten = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final int count;

        BlockingRows(int count) {
            this.count = count;
        }

        @Override
        public Iterator<Row> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    if (next == count / 2) {
                        halfWritten.countDown();
                        await(release);
                    }
                    return next < count;
                }

                @Override
                public Row next() {
                    int i = next++;
                    return window(i % 128, i, 1_767_225_600_000L, i, null);
                }
            };
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("latch not released within " + DEADLINE_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private CompletableFuture<StateFile> writeInBackground(long checkpointId, Iterable<Row> rows) {
        CompletableFuture<StateFile> result = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                result.complete(storage.write(JOB, checkpointId, CheckpointKind.CHECKPOINT, 0, 0, 127, WINDOWS, StateFile.Content.FULL,
                        rows));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "test-checkpoint-writer");
        writer.setDaemon(true);
        writer.start();
        return result;
    }

    private Path checkpointDirectory(long n) {
        return dataDir.resolve("checkpoints").resolve(JOB).resolve(Long.toString(n));
    }

    private static Throwable failureOf(CompletableFuture<StateFile> write) throws Exception {
        try {
            write.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the write succeeded");
    }

    @Test
    void aWriteInProgressWhenItsCheckpointIsAbortedFailsAndLeavesNothingOnDisk() throws Exception {
        BlockingRows rows = new BlockingRows(10_000);
        CompletableFuture<StateFile> write = writeInBackground(3, rows);
        await(rows.halfWritten);
        assertThat(checkpointDirectory(3)).isDirectory();

        storage.abort(JOB, 3, CheckpointKind.CHECKPOINT);
        rows.release.countDown();

        assertThat(failureOf(write)).isInstanceOf(IOException.class)
                .hasMessageContaining("checkpoint 3 of job " + JOB + " was aborted");
        assertThat(checkpointDirectory(3)).doesNotExist();
    }

    @Test
    void aWriteThatStartsAfterItsCheckpointWasAbortedFailsWithoutCreatingAFile() throws IOException {
        storage.abort(JOB, 4, CheckpointKind.CHECKPOINT);

        assertThatThrownBy(() -> storage.write(JOB, 4, CheckpointKind.CHECKPOINT, 1, 64, 127, WINDOWS, StateFile.Content.FULL,
                List.of(window(100, 7, 0, 1, "0.01"))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("checkpoint 4 of job " + JOB + " was aborted");
        assertThat(checkpointDirectory(4)).doesNotExist();
    }

    @Test
    void anAbortDoesNotTouchTheFilesOfAnotherCheckpointBeingWritten() throws Exception {
        BlockingRows rows = new BlockingRows(1_000);
        CompletableFuture<StateFile> write = writeInBackground(6, rows);
        await(rows.halfWritten);

        storage.abort(JOB, 5, CheckpointKind.CHECKPOINT);
        rows.release.countDown();

        StateFile file = write.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
        assertThat(file.rowCount()).isEqualTo(1_000);
        try (Stream<Path> files = Files.walk(checkpointDirectory(6))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
    }
}
