package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import java.io.IOException;
import java.io.Writer;

/** Writes rows as one format's records, each ended by a line feed. */
interface RecordEncoder {
    void write(Row row, Writer out) throws IOException;

    /** Called after the last row of each file, before the file is closed. */
    default void finish(Writer out) throws IOException {
    }
}
