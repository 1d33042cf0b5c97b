package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one subtask's part file under a hidden in-progress name ({@code .<name>.inprogress}, which readers skip)
 * and renames it into place in {@link #finish}; a writer closed without finishing deletes its file.
 */
final class PartFileWriter implements SinkWriter {
    private final Path directory;
    private final Path inProgress;
    private final Path target;
    private final RecordEncoder encoder;
    private Writer out;
    private boolean finished;

    PartFileWriter(Path directory, String name, RecordEncoder encoder) {
        this.directory = directory;
        this.inProgress = directory.resolve("." + name + ".inprogress");
        this.target = directory.resolve(name);
        this.encoder = encoder;
    }

    @Override
    public void open() {
        try {
            Files.createDirectories(directory);
            out = new BufferedWriter(Files.newBufferedWriter(inProgress, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw ConnectorErrors.io("create file", inProgress, e);
        }
    }

    @Override
    public void write(ChangeKind kind, Row row) throws IOException {
        if (kind != ChangeKind.INSERT) {
            throw ConnectorErrors.updatesNotSupported("filesystem", kind.shortString());
        }
        encoder.write(row, out);
    }

    @Override
    public void finish() {
        try {
            encoder.finish(out);
            out.close();
            Files.move(inProgress, target, StandardCopyOption.ATOMIC_MOVE);
            finished = true;
        } catch (IOException e) {
            throw ConnectorErrors.io("complete file", target, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (finished || out == null) {
            return;
        }
        out.close();
        Files.deleteIfExists(inProgress);
    }
}
