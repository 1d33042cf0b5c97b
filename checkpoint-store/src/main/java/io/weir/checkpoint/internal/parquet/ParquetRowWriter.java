package io.weir.checkpoint.internal.parquet;

import io.weir.connector.filesystem.ParquetCodecs;
import io.weir.connector.filesystem.ParquetRowWriteSupport;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;

/** Writes rows of a {@link RowType} into a new Snappy-compressed Parquet file, without Hadoop's file system. */
public final class ParquetRowWriter {
    private ParquetRowWriter() {
    }

    /** What was written: the file's size, its rows and the CRC32C of its bytes. */
    public record WrittenFile(long sizeBytes, long rowCount, long crc32c) {
    }

    /**
     * Writes every row of {@code rows} into {@code file}, which must not exist, with {@code metadata} as the
     * footer's key-value metadata, and forces the file to the disk.
     */
    public static WrittenFile write(Path file, RowType rowType, Map<String, String> metadata, Iterable<Row> rows)
            throws IOException {
        ChecksummedOutputFile output = new ChecksummedOutputFile(file);
        long count = 0;
        try (ParquetWriter<Row> writer = new Builder(output, new ParquetRowWriteSupport(rowType, metadata))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(ParquetCodecs.INSTANCE)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .build()) {
            for (Row row : rows) {
                writer.write(row);
                count++;
            }
        }
        return new WrittenFile(output.size(), count, output.crc32c());
    }

    private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
        private final ParquetRowWriteSupport writeSupport;

        Builder(OutputFile file, ParquetRowWriteSupport writeSupport) {
            super(file);
            this.writeSupport = writeSupport;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(Configuration configuration) {
            return writeSupport;
        }

        @Override
        protected WriteSupport<Row> getWriteSupport(ParquetConfiguration configuration) {
            return writeSupport;
        }
    }
}
