package io.weir.checkpoint.internal.parquet;

import io.weir.connector.filesystem.ParquetCodecs;
import io.weir.connector.filesystem.ParquetRowConverter;
import io.weir.connector.filesystem.ParquetTypes;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the rows of a Parquet file written by {@link ParquetRowWriter}, row group by row group, with Parquet's
 * column reader directly (no Hadoop file system, no record-reader logging).
 */
public final class ParquetRowReader {
    private ParquetRowReader() {
    }

    /**
     * Hands every row of {@code file} to {@code rows}, reusing one row object, and returns how many there were.
     *
     * @throws IOException if the file is not Parquet, or its columns are not those of {@code rowType}
     */
    public static long read(Path file, RowType rowType, Consumer<Row> rows) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(ParquetCodecs.INSTANCE)
                .build();
        MessageType expected = ParquetTypes.messageType(rowType);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType actual = reader.getFooter().getFileMetaData().getSchema();
            if (!actual.equals(expected)) {
                throw new IOException("the columns of " + file + " are " + actual + ", not the expected " + expected);
            }
            MessageColumnIO columns = new ColumnIOFactory().getColumnIO(expected);
            RowMaterializer materializer = new RowMaterializer(new ParquetRowConverter(expected, rowType.fields()));
            long count = 0;
            PageReadStore rowGroup;
            while ((rowGroup = reader.readNextRowGroup()) != null) {
                RecordReader<Row> records = columns.getRecordReader(rowGroup, materializer);
                for (long i = 0, n = rowGroup.getRowCount(); i < n; i++) {
                    rows.accept(records.read());
                    count++;
                }
            }
            return count;
        }
    }

    private static final class RowMaterializer extends RecordMaterializer<Row> {
        private final ParquetRowConverter root;

        RowMaterializer(ParquetRowConverter root) {
            this.root = root;
        }

        @Override
        public Row getCurrentRecord() {
            return root.row();
        }

        @Override
        public GroupConverter getRootConverter() {
            return root;
        }
    }
}
