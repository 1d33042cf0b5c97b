package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Part files of a text format: UTF-8 records, each written by the format's {@link RecordEncoder}. */
final class TextPartFileFormat implements PartFileFormat {
    private static final int BUFFER_CHARS = 1 << 16;

    private final RecordEncoder encoder;

    TextPartFileFormat(RecordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public OpenFile create(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), BUFFER_CHARS);
        return new TextFile(encoder, channel, out);
    }

    private static final class TextFile implements OpenFile {
        private final RecordEncoder encoder;
        private final FileChannel channel;
        private final Writer out;

        TextFile(RecordEncoder encoder, FileChannel channel, Writer out) {
            this.encoder = encoder;
            this.channel = channel;
            this.out = out;
        }

        @Override
        public void write(Row row) throws IOException {
            encoder.write(row, out);
        }

        @Override
        public void complete() throws IOException {
            encoder.finish(out);
            out.flush();
            channel.force(true);
            out.close();
        }

        @Override
        public void abandon() throws IOException {
            out.close();
        }
    }
}
