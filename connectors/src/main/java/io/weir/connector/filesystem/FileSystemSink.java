package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.RowType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The insert-only sink of a filesystem table: each subtask writes one part file
 * {@code part-<uuid>-<subtask>-0.<format>} into the table's directory, visible only once the input has ended.
 */
final class FileSystemSink implements Sink {
    private final Path directory;
    private final FileFormat format;
    private final RowType type;
    private final String uuid = UUID.randomUUID().toString();

    FileSystemSink(Path directory, FileFormat format, RowType type) {
        this.directory = directory;
        this.format = format;
        this.type = type;
    }

    @Override
    public SinkWriter createWriter(SinkContext context) {
        if (Files.isRegularFile(directory)) {
            throw ConnectorErrors.sinkPathIsFile(directory);
        }
        String name = "part-" + uuid + "-" + context.subtaskIndex() + "-0." + format.name();
        RecordEncoder encoder = format.isCsv() ? new CsvEncoder(type, format.csv()) : new JsonEncoder(type);
        return new PartFileWriter(directory, name, encoder);
    }

    @Override
    public String describe() {
        return "filesystem(path=" + directory + ", format=" + format.name() + ")";
    }
}
