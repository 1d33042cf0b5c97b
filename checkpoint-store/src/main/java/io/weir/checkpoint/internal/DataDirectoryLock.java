package io.weir.checkpoint.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Exclusive ownership of a data directory: an OS lock on {@code weir.lock}, which names its holder so that a
 * second process can say who has the directory. The file stays after release; only the lock is the truth.
 */
final class DataDirectoryLock implements AutoCloseable {
    static final String FILE_NAME = "weir.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StoreErrors.cannotLock(dataDir, e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw StoreErrors.directoryLocked(dataDir, LockHolder.parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
            writeHolder(channel);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreErrors.cannotLock(dataDir, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        LockHolder holder = new LockHolder(Long.toString(ProcessHandle.current().pid()), hostName(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        channel.truncate(0);
        ByteBuffer bytes = ByteBuffer.wrap(holder.format().getBytes(StandardCharsets.UTF_8));
        long position = 0;
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
        channel.force(false);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the channel is being abandoned after an earlier error, which is the one reported
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases the lock as well
        }
        closeQuietly(channel);
    }
}
