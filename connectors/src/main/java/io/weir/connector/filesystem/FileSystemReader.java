package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads one subtask's files in order, a batch of records per {@link #pollNext}, into one reused row. */
public final class FileSystemReader implements SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(FileSystemReader.class);
    private static final int BATCH_SIZE = 1000;

    private final String tableName;
    private final int subtaskIndex;
    private final List<Path> files;
    private final RecordDecoder decoder;
    private final RowPredicate predicate;
    private final Row row;
    private int nextFile;
    private boolean fileOpen;

    FileSystemReader(String tableName, int subtaskIndex, List<Path> files, RecordDecoder decoder, int arity,
            RowPredicate predicate) {
        this.tableName = tableName;
        this.subtaskIndex = subtaskIndex;
        this.files = List.copyOf(files);
        this.decoder = decoder;
        this.predicate = predicate;
        this.row = new Row(arity);
    }

    @Override
    public ReadStatus pollNext(Output out) {
        try {
            return readBatch(out);
        } catch (IOException e) {
            throw ConnectorErrors.io("read file", files.get(nextFile - 1), e);
        }
    }

    private ReadStatus readBatch(Output out) throws IOException {
        int emitted = 0;
        while (emitted < BATCH_SIZE) {
            if (!fileOpen) {
                if (nextFile == files.size()) {
                    return ReadStatus.END_OF_INPUT;
                }
                decoder.open(files.get(nextFile++));
                fileOpen = true;
            }
            if (!decoder.next(row)) {
                decoder.close();
                fileOpen = false;
                continue;
            }
            if (predicate == null || predicate.test(row)) {
                out.emit(ChangeKind.INSERT, row);
            }
            emitted++;
        }
        return ReadStatus.MORE_AVAILABLE;
    }

    /** How many malformed records this reader skipped because the format ignores parse errors. */
    public long skippedRecords() {
        return decoder.skippedRecords();
    }

    @Override
    public void close() throws IOException {
        decoder.close();
        long skipped = decoder.skippedRecords();
        if (skipped > 0) {
            LOG.warn("skipped malformed records table={} subtask={} count={}", tableName, subtaskIndex, skipped);
        }
    }
}
