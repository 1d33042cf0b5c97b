package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
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
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Decodes the rows of Parquet files, reading only the table's projected columns, which each file must hold (by name)
 * with the Parquet type {@link ParquetTypes} gives their SQL type; times and timestamps may be in any unit. A file's
 * position is the number of rows read from it: a resume skips whole row groups, then rows of the next one.
 */
final class ParquetDecoder implements RecordDecoder {
    private final List<DataType.Field> produced;
    private final ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
            .withCodecFactory(ParquetCodecs.INSTANCE)
            .build();
    private Path file;
    private ParquetFileReader reader;
    private MessageColumnIO columns;
    private Materializer materializer;
    private RecordReader<Row> records;
    private long rowsLeftInGroup;
    private long rowsRead;

    ParquetDecoder(RowType producedType) {
        this.produced = producedType.fields();
    }

    @Override
    public void open(Path path, long lines, long chars) throws IOException {
        close();
        file = path;
        rowsRead = 0;
        rowsLeftInGroup = 0;
        try {
            reader = ParquetFileReader.open(new LocalInputFile(path), options);
            MessageType requested = requestedSchema(reader.getFooter().getFileMetaData().getSchema());
            columns = new ColumnIOFactory().getColumnIO(requested);
            materializer = new Materializer(new ParquetRowConverter(requested, produced));
            skip(lines);
        } catch (RuntimeException e) {
            throw ConnectorErrors.unreadableParquet(path, e);
        }
    }

    /** The file's own types of the projected columns, in the table's order; nested groups projected likewise. */
    private MessageType requestedSchema(MessageType fileSchema) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (DataType.Field field : produced) {
            builder.addField(requestedType(fileSchema, field.name(), field.type(), field.name()));
        }
        return builder.named(fileSchema.getName());
    }

    private Type requestedType(GroupType parent, String name, DataType sqlType, String columnPath) {
        if (!parent.containsField(name)) {
            throw ConnectorErrors.parquetColumnMissing(file, columnPath);
        }
        Type actual = parent.getType(name);
        Type expected = ParquetTypes.type(name, sqlType);
        if (sqlType.root() == TypeRoot.ROW) {
            if (actual.isPrimitive()) {
                throw ConnectorErrors.parquetColumnType(file, columnPath, sqlType, actual.toString());
            }
            Types.GroupBuilder<GroupType> group = Types.buildGroup(actual.getRepetition());
            for (DataType.Field field : sqlType.fields()) {
                group.addField(requestedType(actual.asGroupType(), field.name(), field.type(),
                        columnPath + "." + field.name()));
            }
            return group.named(name);
        }
        if (!actual.isPrimitive() || actual.isRepetition(Type.Repetition.REPEATED) || !sameValues(actual, expected)) {
            throw ConnectorErrors.parquetColumnType(file, columnPath, sqlType, actual.toString());
        }
        return actual;
    }

    /** Whether values of {@code actual} read as those of {@code expected}: the same, up to the unit of time. */
    private static boolean sameValues(Type actual, Type expected) {
        LogicalTypeAnnotation a = actual.getLogicalTypeAnnotation();
        LogicalTypeAnnotation e = expected.getLogicalTypeAnnotation();
        if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation
                && e instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) {
            return actual.asPrimitiveType().getPrimitiveTypeName() == expected.asPrimitiveType().getPrimitiveTypeName()
                    && ((LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) a).isAdjustedToUTC()
                    == ((LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) e).isAdjustedToUTC();
        }
        if (a instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation
                && e instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
            return true;
        }
        return actual.asPrimitiveType().getPrimitiveTypeName() == expected.asPrimitiveType().getPrimitiveTypeName()
                && actual.asPrimitiveType().getTypeLength() == expected.asPrimitiveType().getTypeLength()
                && Objects.equals(a, e);
    }

    /** Skips {@code rows} rows: whole row groups while they fit, then rows of the group they end in. */
    private void skip(long rows) throws IOException {
        int group = 0;
        while (rowsRead < rows && group < reader.getRowGroups().size()
                && rowsRead + reader.getRowGroups().get(group).getRowCount() <= rows) {
            rowsRead += reader.getRowGroups().get(group).getRowCount();
            reader.skipNextRowGroup();
            group++;
        }
        while (rowsRead < rows && nextRecord() != null) {
            rowsRead++;
        }
    }

    @Override
    public long linesConsumed() {
        return rowsRead;
    }

    @Override
    public long charsConsumed() {
        return 0;
    }

    @Override
    public boolean next(Row row) throws IOException {
        Row record;
        try {
            record = nextRecord();
        } catch (RuntimeException e) {
            throw ConnectorErrors.unreadableParquet(file, e);
        }
        if (record == null) {
            return false;
        }
        row.copyFrom(record);
        rowsRead++;
        return true;
    }

    /** The next record of the open file, or null at its end. */
    private Row nextRecord() throws IOException {
        while (rowsLeftInGroup == 0) {
            PageReadStore rowGroup = reader.readNextRowGroup();
            if (rowGroup == null) {
                return null;
            }
            records = columns.getRecordReader(rowGroup, materializer);
            rowsLeftInGroup = rowGroup.getRowCount();
        }
        rowsLeftInGroup--;
        return records.read();
    }

    @Override
    public long skippedRecords() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            ParquetFileReader open = reader;
            reader = null;
            records = null;
            open.close();
        }
    }

    private static final class Materializer extends RecordMaterializer<Row> {
        private final ParquetRowConverter root;

        Materializer(ParquetRowConverter root) {
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
