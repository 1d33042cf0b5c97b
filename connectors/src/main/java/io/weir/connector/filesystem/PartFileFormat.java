package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import java.io.IOException;
import java.nio.file.Path;

/**
 * How the filesystem sink encodes rows into one part file: text formats a record per line, Parquet a whole file
 * with a footer. {@link PartFileWriter} decides which file is written when; the format only fills it.
 */
interface PartFileFormat {
    /** Creates {@code path}, which must not exist yet, and opens it for rows. */
    OpenFile create(Path path) throws IOException;

    /** A part file being written, on the sink's task thread only. */
    interface OpenFile {
        void write(Row row) throws IOException;

        /** Ends the file as its format requires, forces its bytes to the disk and closes it. */
        void complete() throws IOException;

        /** Closes the file without completing it: it is about to be deleted. */
        void abandon() throws IOException;
    }
}
