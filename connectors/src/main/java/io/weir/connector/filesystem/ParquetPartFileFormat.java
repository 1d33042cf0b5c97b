package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/**
 * Part files in Parquet, written through java.nio without Hadoop's file system or configuration: a file's rows are
 * buffered in row groups and its footer is written when the file is completed, at a checkpoint or at the end of the
 * input. The rows go through {@link ParquetColumnsWriter}, as state files do, but every column may be
 * dictionary-encoded, as Parquet's own writers do by default: user data repeats values (names, categories, dates)
 * far more than state's keys and accumulators, and a column whose dictionary outgrows its page falls back to PLAIN.
 */
final class ParquetPartFileFormat implements PartFileFormat {
    private final RowType rowType;
    private final ParquetColumnsWriter.Options options;

    ParquetPartFileFormat(RowType rowType, ParquetOptions options) {
        this.rowType = rowType;
        Set<String> everyColumn = new HashSet<>();
        for (ColumnDescriptor column : ParquetTypes.messageType(rowType).getColumns()) {
            everyColumn.add(String.join(".", column.getPath()));
        }
        this.options = new ParquetColumnsWriter.Options(CompressionCodecName.valueOf(options.codec()),
                options.rowGroupSizeBytes(), everyColumn);
    }

    @Override
    public OpenFile create(Path path) throws IOException {
        NioOutputFile file = new NioOutputFile(path);
        return new ParquetFile(ParquetColumnsWriter.create(file, rowType, Map.of(), options), file);
    }

    private static final class ParquetFile implements OpenFile {
        private final ParquetColumnsWriter writer;
        private final NioOutputFile file;

        ParquetFile(ParquetColumnsWriter writer, NioOutputFile file) {
            this.writer = writer;
            this.file = file;
        }

        @Override
        public void write(Row row) throws IOException {
            writer.write(row);
        }

        @Override
        public void complete() throws IOException {
            file.forceOnClose = true;
            writer.close();
        }

        @Override
        public void abandon() throws IOException {
            // Skips the footer: closing the writer would flush the buffered row group into a file about to go.
            file.closeChannel();
        }
    }

    /** A new local file written through a buffered {@link FileChannel}, its bytes forced to the disk on completion. */
    private static final class NioOutputFile implements OutputFile {
        private static final int BUFFER_BYTES = 64 * 1024;

        private final Path path;
        private FileChannel channel;
        boolean forceOnClose;

        NioOutputFile(Path path) {
            this.path = path;
        }

        @Override
        public PositionOutputStream create(long blockSizeHint) throws IOException {
            channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Stream();
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            return new Stream();
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

        void closeChannel() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }

        private final class Stream extends PositionOutputStream {
            private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
            private long position;

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
                position++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
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
                if (!channel.isOpen()) {
                    return;
                }
                try (FileChannel c = channel) {
                    drain();
                    if (forceOnClose) {
                        c.force(true);
                    }
                }
            }
        }
    }
}
