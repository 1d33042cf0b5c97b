package io.weir.checkpoint.internal.parquet;

import io.weir.connector.filesystem.ParquetColumnsWriter;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** Writes rows of a {@link RowType} into a new Snappy-compressed Parquet file, without Hadoop's file system. */
public final class ParquetRowWriter {
    /**
     * Only {@code key_group} is dictionary-encoded: it repeats in long runs, which the dictionary's run-length
     * encoding stores in a few bytes per page. Keys and accumulators are mostly distinct, so a dictionary for them
     * costs a hash lookup per value and is dropped once it outgrows its page anyway.
     */
    private static final ParquetColumnsWriter.Options OPTIONS = new ParquetColumnsWriter.Options(
            CompressionCodecName.SNAPPY, 128L * 1024 * 1024, Set.of("key_group"));

    private ParquetRowWriter() {
    }

    /** What was written: the file's size, its rows and the CRC32C of its bytes. */
    public record WrittenFile(long sizeBytes, long rowCount, long crc32c) {
    }

    /**
     * Writes every row of {@code rows} into {@code file}, which must not exist, with {@code metadata} as the
     * footer's key-value metadata, and forces the file to the disk. The iterator may reuse one row object.
     */
    public static WrittenFile write(Path file, RowType rowType, Map<String, String> metadata, Iterable<Row> rows)
            throws IOException {
        ChecksummedOutputFile output = new ChecksummedOutputFile(file);
        long count;
        try (ParquetColumnsWriter writer = ParquetColumnsWriter.create(output, rowType, metadata, OPTIONS)) {
            for (Row row : rows) {
                writer.write(row);
            }
            count = writer.rowCount();
        }
        return new WrittenFile(output.size(), count, output.crc32c());
    }
}
