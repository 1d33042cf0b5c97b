package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.WeirException;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Decodes the rows of Parquet files, reading only the table's projected columns, which each file must hold (by name)
 * with the Parquet type {@link ParquetTypes} gives their SQL type; times and timestamps may be in any unit. A file's
 * position is the number of rows read from it: a resume skips whole row groups, then rows of the next one. Rows are
 * read with {@link ParquetColumnsReader}, as checkpoints are restored.
 */
final class ParquetDecoder implements RecordDecoder {
    private final List<DataType.Field> produced;
    private final ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
            .withCodecFactory(ParquetCodecs.INSTANCE)
            .build();
    private Path file;
    private ParquetColumnsReader reader;
    private long rowsRead;

    ParquetDecoder(RowType producedType) {
        this.produced = producedType.fields();
    }

    @Override
    public void open(Path path, long lines, long chars) throws IOException {
        close();
        file = path;
        rowsRead = 0;
        ParquetFileReader fileReader = null;
        try {
            fileReader = ParquetFileReader.open(new LocalInputFile(path), options);
            MessageType requested = requestedSchema(fileReader.getFooter().getFileMetaData().getSchema());
            reader = ParquetColumnsReader.of(fileReader, requested, produced);
            rowsRead = reader.skip(lines);
        } catch (RuntimeException e) {
            if (reader == null && fileReader != null) {
                fileReader.close();
            }
            throw e instanceof WeirException ? e : ConnectorErrors.unreadableParquet(path, e);
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
        boolean read;
        try {
            read = reader.next(row);
        } catch (RuntimeException e) {
            throw ConnectorErrors.unreadableParquet(file, e);
        }
        if (read) {
            rowsRead++;
        }
        return read;
    }

    @Override
    public long skippedRecords() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            ParquetColumnsReader open = reader;
            reader = null;
            open.close();
        }
    }
}
