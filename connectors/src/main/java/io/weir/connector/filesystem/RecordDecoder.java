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
    /** Starts reading {@code file} at its beginning, closing the previous one. */
    default void open(Path file) throws IOException {
        open(file, 0, 0);
    }

    /**
     * Starts reading {@code file} where a reader of it stopped, closing the previous one: after {@code lines} lines
     * and {@code chars} characters, as {@link #linesConsumed()} and {@link #charsConsumed()} reported then.
     */
    void open(Path file, long lines, long chars) throws IOException;

    /** How many lines of the open file lie before the next record. */
    long linesConsumed();

    /** How many characters of the open file lie before the next record, or 0 if the format resumes by lines. */
    long charsConsumed();

    /** Decodes the next well-formed record of the open file into {@code row}; false at the end of the file. */
    boolean next(Row row) throws IOException;

    /** How many malformed records were skipped so far. */
    long skippedRecords();

    @Override
    void close() throws IOException;
}
