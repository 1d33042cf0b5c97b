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
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one subtask's files in order, a batch of records per {@link #pollNext}, into one reused row. Each file is a
 * split; its position is how far the reader got in it (lines, and characters for CSV), or that it was read in full.
 */
public final class FileSystemReader implements SourceReader {
    private static final Logger LOG = LoggerFactory.getLogger(FileSystemReader.class);
    private static final int BATCH_SIZE = 1000;

    private final String tableName;
    private final int subtaskIndex;
    private final List<FileSplit> splits;
    private final RecordDecoder decoder;
    private final RowPredicate predicate;
    private final Row row;
    private int nextFile;
    private boolean fileOpen;

    /** Where reading one file starts: its split number, path, and the lines and characters already read. */
    record FileSplit(int split, Path path, long lines, long chars, boolean done) {
        Row toPosition() {
            return Row.of(split, path.toString(), lines, chars, done);
        }

        static FileSplit ofPosition(Row position) {
            return new FileSplit(position.getInt(0), Path.of(position.getString(1)), position.getLong(2),
                    position.getLong(3), position.getBoolean(4));
        }
    }

    FileSystemReader(String tableName, int subtaskIndex, List<FileSplit> splits, RecordDecoder decoder, int arity,
            RowPredicate predicate) {
        this.tableName = tableName;
        this.subtaskIndex = subtaskIndex;
        this.splits = List.copyOf(splits);
        this.decoder = decoder;
        this.predicate = predicate;
        this.row = new Row(arity);
    }

    @Override
    public ReadStatus pollNext(Output out) {
        try {
            return readBatch(out);
        } catch (IOException e) {
            throw ConnectorErrors.io("read file", splits.get(Math.max(nextFile - 1, 0)).path(), e);
        }
    }

    private ReadStatus readBatch(Output out) throws IOException {
        int emitted = 0;
        while (emitted < BATCH_SIZE) {
            if (!fileOpen) {
                while (nextFile < splits.size() && splits.get(nextFile).done()) {
                    nextFile++;
                }
                if (nextFile == splits.size()) {
                    return ReadStatus.END_OF_INPUT;
                }
                FileSplit split = splits.get(nextFile++);
                decoder.open(split.path(), split.lines(), split.chars());
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

    /**
     * A row per owned file: those before the open one are done, the open one resumes after its last record read, the
     * later ones start where they started.
     */
    @Override
    public List<Row> snapshotPositions() {
        List<Row> positions = new ArrayList<>(splits.size());
        for (int k = 0; k < splits.size(); k++) {
            FileSplit split = splits.get(k);
            if (fileOpen && k == nextFile - 1) {
                split = new FileSplit(split.split(), split.path(), decoder.linesConsumed(), decoder.charsConsumed(),
                        false);
            } else if (k < nextFile) {
                split = new FileSplit(split.split(), split.path(), 0, 0, true);
            }
            positions.add(split.toPosition());
        }
        return positions;
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
