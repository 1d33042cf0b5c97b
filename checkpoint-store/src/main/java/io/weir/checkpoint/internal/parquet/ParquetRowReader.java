package io.weir.checkpoint.internal.parquet;

import io.weir.connector.filesystem.ParquetCodecs;
import io.weir.connector.filesystem.ParquetColumnsReader;
import io.weir.connector.filesystem.ParquetTypes;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the rows of a Parquet file written by {@link ParquetRowWriter} with {@link ParquetColumnsReader}, which takes
 * each field from its column reader (no Hadoop file system, no record reader).
 */
public final class ParquetRowReader {
    private static final ParquetReadOptions OPTIONS = ParquetReadOptions.builder(new PlainParquetConfiguration())
            .withCodecFactory(ParquetCodecs.INSTANCE)
            .build();

    private ParquetRowReader() {
    }

    /**
     * Hands every row of {@code file} to {@code rows}, reusing one row object, and returns how many there were.
     *
     * @throws IOException if the file is not Parquet, or its columns are not those of {@code rowType}
     */
    public static long read(Path file, RowType rowType, Consumer<Row> rows) throws IOException {
        MessageType expected = ParquetTypes.messageType(rowType);
        ParquetFileReader fileReader = ParquetFileReader.open(new LocalInputFile(file), OPTIONS);
        MessageType actual = fileReader.getFooter().getFileMetaData().getSchema();
        if (!actual.equals(expected)) {
            fileReader.close();
            throw new IOException("the columns of " + file + " are " + actual + ", not the expected " + expected);
        }
        try (ParquetColumnsReader reader = ParquetColumnsReader.of(fileReader, expected, rowType.fields())) {
            Row row = new Row(rowType.arity());
            long count = 0;
            while (reader.next(row)) {
                rows.accept(row);
                count++;
            }
            return count;
        }
    }
}
