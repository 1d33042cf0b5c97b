package io.weir.checkpoint.internal.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * A Parquet output file on a local path through java.nio (no Hadoop file system), which computes the CRC32C of the
 * bytes as they are written and forces them to the disk on close, so a checkpoint committed afterwards survives a
 * power loss.
 */
final class ChecksummedOutputFile implements OutputFile {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path path;
    private final CRC32C crc = new CRC32C();
    private long size;

    ChecksummedOutputFile(Path path) {
        this.path = path;
    }

    @Override
    public PositionOutputStream create(long blockSizeHint) throws IOException {
        return open(StandardOpenOption.CREATE_NEW);
    }

    @Override
    public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
        return open(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private PositionOutputStream open(StandardOpenOption... options) throws IOException {
        StandardOpenOption[] all = new StandardOpenOption[options.length + 1];
        System.arraycopy(options, 0, all, 0, options.length);
        all[options.length] = StandardOpenOption.WRITE;
        crc.reset();
        size = 0;
        return new Stream(FileChannel.open(path, all));
    }

    @Override
    public boolean supportsBlockSize() {
        return false;
    }

    @Override
    public long defaultBlockSize() {
        return 0;
    }

    @Override
    public String getPath() {
        return path.toString();
    }

    /** The bytes written, once the stream is closed. */
    long size() {
        return size;
    }

    /** The CRC32C of the bytes written, once the stream is closed. */
    long crc32c() {
        return crc.getValue();
    }

    private final class Stream extends PositionOutputStream {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        private long position;
        private boolean closed;

        Stream(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public long getPos() {
            return position;
        }

        @Override
        public void write(int b) throws IOException {
            if (!buffer.hasRemaining()) {
                drain();
            }
            buffer.put((byte) b);
            crc.update(b);
            position++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            crc.update(bytes, offset, length);
            position += length;
            int done = 0;
            while (done < length) {
                if (!buffer.hasRemaining()) {
                    drain();
                }
                int n = Math.min(buffer.remaining(), length - done);
                buffer.put(bytes, offset + done, n);
                done += n;
            }
        }

        private void drain() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        @Override
        public void flush() throws IOException {
            drain();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try (FileChannel c = channel) {
                drain();
                c.force(true);
            }
            size = position;
        }
    }
}
