package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.RowType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The insert-only, exactly-once sink of a filesystem table: each subtask writes part files
 * {@code part-<uuid>-<subtask>-<n>.<format>} into the table's directory (a new uuid per writer, so a restarted job
 * never reuses a name), each visible once the checkpoint that covers it completes, or once the input has ended.
 */
final class FileSystemSink implements Sink {
    private final Path directory;
    private final FileFormat format;
    private final RowType type;

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
        return new PartFileWriter(directory, format.name(), partFileFormat(), context);
    }

    private PartFileFormat partFileFormat() {
        if (format.isParquet()) {
            return new ParquetPartFileFormat(type, format.parquet());
        }
        return new TextPartFileFormat(format.isCsv() ? new CsvEncoder(type, format.csv()) : new JsonEncoder(type));
    }

    @Override
    public RowType pendingCommitType() {
        return PartFileWriter.PENDING_COMMIT_TYPE;
    }

    @Override
    public String describe() {
        return "filesystem(path=" + directory + ", format=" + format.name() + ")";
    }
}
