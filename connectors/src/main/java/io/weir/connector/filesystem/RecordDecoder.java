package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Decodes the records of one file after another into rows of the produced type. A malformed record fails with a
 * {@link io.weir.runtime.WeirException} naming the file and line, or, when the format ignores parse errors, is
 * skipped and counted.
 */
interface RecordDecoder extends AutoCloseable {
    /** Starts reading {@code file}, closing the previous one. */
    void open(Path file) throws IOException;

    /** Decodes the next well-formed record of the open file into {@code row}; false at the end of the file. */
    boolean next(Row row) throws IOException;

    /** How many malformed records were skipped so far. */
    long skippedRecords();

    @Override
    void close() throws IOException;
}
