package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.parquet.VersionParser;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Reads the rows of a Parquet file into a reused row, taking each field straight from the column reader of its leaf
 * column, the inverse of {@link ParquetColumnsWriter}. It skips Parquet's record reader, which assembles records
 * through a state machine and hands every value to a converter; a column chunk of PLAIN or dictionary-encoded
 * numbers or binaries is decoded by {@link DirectColumnChunk}, others (booleans, delta encodings) by Parquet's column
 * reader. Measured on 3 M
 * rows of a group aggregation's state, see docs/benchmarks.md. The columns must not be repeated (Weir writes none), so each
 * row holds one value or NULL per leaf column. A nested ROW is a new row for every row read, since a copy of the
 * outer row shares it; times and timestamps in micro- or nanoseconds, as other writers store them, become
 * milliseconds. Not thread-safe: one thread reads a file.
 */
public final class ParquetColumnsReader implements Closeable {
    /** Column readers decode dictionary pages themselves when their converter declines them, as this one does. */
    private static final PrimitiveConverter NO_CONVERTER = new PrimitiveConverter() {
    };

    private final ParquetFileReader file;
    private final Field[] fields;
    private final Field[] leaves;
    private final VersionParser.ParsedVersion writerVersion;
    private long rowsLeftInGroup;

    private ParquetColumnsReader(ParquetFileReader file, MessageType requested, List<DataType.Field> sqlFields) {
        this.file = file;
        List<ColumnDescriptor> descriptors = requested.getColumns();
        this.leaves = new Field[descriptors.size()];
        this.fields = new Field[sqlFields.size()];
        int[] nextLeaf = {0};
        for (int i = 0; i < fields.length; i++) {
            fields[i] = Field.of(requested.getType(i), sqlFields.get(i).type(), 0, descriptors, leaves, nextLeaf);
        }
        this.writerVersion = writerVersion(file.getFooter().getFileMetaData().getCreatedBy());
        file.setRequestedSchema(requested);
    }

    /**
     * Reads the rows of {@code file} from its next row group on, with the columns of {@code requested}: the file's
     * own types of the columns to read, in the order of {@code sqlFields}, whose SQL types they hold as
     * {@link ParquetTypes} maps them (up to the unit of time). Closing this reader closes {@code file}.
     */
    public static ParquetColumnsReader of(ParquetFileReader file, MessageType requested,
            List<DataType.Field> sqlFields) {
        if (requested.getFieldCount() != sqlFields.size()) {
            throw new IllegalArgumentException("columns " + requested + " for fields " + sqlFields);
        }
        return new ParquetColumnsReader(file, requested, sqlFields);
    }

    private static VersionParser.ParsedVersion writerVersion(String createdBy) {
        // Only consulted to explain a failure in files of old writers (PARQUET-246): unknown is fine.
        try {
            return createdBy == null ? null : VersionParser.parse(createdBy);
        } catch (VersionParser.VersionParseException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads the next row into {@code row}, whose arity is the number of fields read; false at the end of the file.
     * Every field of {@code row} is set, so the caller may reuse it.
     */
    public boolean next(Row row) throws IOException {
        if (rowsLeftInGroup == 0 && !nextRowGroup()) {
            return false;
        }
        rowsLeftInGroup--;
        readFields(row, fields);
        return true;
    }

    /** Skips up to {@code rows} rows, whole row groups without reading them; returns how many were skipped. */
    public long skip(long rows) throws IOException {
        long skipped = 0;
        while (skipped < rows) {
            if (rowsLeftInGroup == 0) {
                long next = nextRowGroupRowCount();
                if (next < 0) {
                    break;
                }
                if (next <= rows - skipped) {
                    file.skipNextRowGroup();
                    skipped += next;
                    continue;
                }
                if (!nextRowGroup()) {
                    break;
                }
            }
            long n = Math.min(rowsLeftInGroup, rows - skipped);
            for (long i = 0; i < n; i++) {
                skipRow();
            }
            rowsLeftInGroup -= n;
            skipped += n;
        }
        return skipped;
    }

    /** The row count of the row group {@link ParquetFileReader#readNextRowGroup()} would read next, or -1. */
    private long nextRowGroupRowCount() {
        int index = file.getCurrentRowGroupIndex() + 1;
        return index < file.getRowGroups().size() ? file.getRowGroups().get(index).getRowCount() : -1;
    }

    private boolean nextRowGroup() throws IOException {
        PageReadStore rowGroup;
        do {
            rowGroup = file.readNextRowGroup();
            if (rowGroup == null) {
                return false;
            }
        } while (rowGroup.getRowCount() == 0);
        List<ColumnChunkMetaData> chunks = file.getRowGroups().get(file.getCurrentRowGroupIndex()).getColumns();
        for (Field leaf : leaves) {
            PageReader pages = rowGroup.getPageReader(leaf.descriptor);
            ColumnChunkMetaData chunk = chunk(chunks, leaf.descriptor);
            if (chunk != null && DirectColumnChunk.suits(leaf.descriptor, chunk.getEncodings())) {
                leaf.direct = new DirectColumnChunk(leaf.descriptor, pages);
                leaf.reader = null;
            } else {
                leaf.direct = null;
                leaf.reader = new ColumnReaderImpl(leaf.descriptor, pages, NO_CONVERTER, writerVersion);
            }
        }
        rowsLeftInGroup = rowGroup.getRowCount();
        return true;
    }

    private static ColumnChunkMetaData chunk(List<ColumnChunkMetaData> chunks, ColumnDescriptor descriptor) {
        ColumnPath path = ColumnPath.get(descriptor.getPath());
        for (ColumnChunkMetaData chunk : chunks) {
            if (chunk.getPath().equals(path)) {
                return chunk;
            }
        }
        return null;
    }

    private static void readFields(Row row, Field[] layout) {
        for (int i = 0; i < layout.length; i++) {
            Field field = layout[i];
            if (field.nested != null) {
                readNested(row, i, field);
                continue;
            }
            DirectColumnChunk direct = field.direct;
            if (direct != null) {
                if (direct.definitionLevel() < field.definitionLevel) {
                    row.setNull(i);
                } else {
                    field.readDirectValue(row, i);
                }
                direct.consume();
                continue;
            }
            ColumnReader reader = field.reader;
            if (reader.getCurrentDefinitionLevel() < field.definitionLevel) {
                row.setNull(i);
            } else {
                field.readValue(row, i);
            }
            reader.consume();
        }
    }

    /** A nested row is present when its first leaf is defined at least down to the row's own level. */
    private static void readNested(Row row, int i, Field field) {
        if (field.firstLeaf.currentDefinitionLevel() < field.definitionLevel) {
            field.consumeLeaves();
            row.setNull(i);
            return;
        }
        Row nested = new Row(field.nested.length);
        readFields(nested, field.nested);
        row.setObject(i, nested);
    }

    private void skipRow() {
        for (Field leaf : leaves) {
            boolean defined = leaf.currentDefinitionLevel() == leaf.definitionLevel;
            if (leaf.direct != null) {
                if (defined) {
                    leaf.direct.skip();
                }
                leaf.direct.consume();
            } else {
                if (defined) {
                    leaf.reader.skip();
                }
                leaf.reader.consume();
            }
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }

    /** How a leaf's value goes from its column reader into its row's slot, by the file's type of the column. */
    private enum Kind {
        BOOLEAN, INT, LONG, TIME_UNITS, FLOAT, DOUBLE, STRING, BYTES, DECIMAL_INT, DECIMAL_LONG, DECIMAL_BINARY
    }

    /** One field of a row: a leaf column with its reader, or a nested row's fields. */
    private static final class Field {
        private final Kind kind;
        private final int scale;
        private final long unitsPerMilli;
        /** For a leaf, the level at which its value is defined; for a nested row, the level at which it exists. */
        private final int definitionLevel;
        private final Field[] nested;
        private final Field firstLeaf;
        private final ColumnDescriptor descriptor;
        private ColumnReader reader;
        private DirectColumnChunk direct;

        private Field(Kind kind, DataType type, long unitsPerMilli, int definitionLevel, Field[] nested,
                ColumnDescriptor descriptor) {
            this.kind = kind;
            this.scale = type.root() == TypeRoot.DECIMAL ? type.scale() : 0;
            this.unitsPerMilli = unitsPerMilli;
            this.definitionLevel = definitionLevel;
            this.nested = nested;
            this.firstLeaf = nested == null ? this : nested[0].firstLeaf;
            this.descriptor = descriptor;
        }

        /**
         * The field of Parquet type {@code parquet} and SQL type {@code type} under ancestors defined at
         * {@code parentLevel}, taking its leaf columns from {@code descriptors} at {@code nextLeaf}, in order.
         */
        static Field of(Type parquet, DataType type, int parentLevel, List<ColumnDescriptor> descriptors,
                Field[] leaves, int[] nextLeaf) {
            int level = parentLevel + (parquet.isRepetition(Type.Repetition.OPTIONAL) ? 1 : 0);
            if (type.root() == TypeRoot.ROW) {
                GroupType group = parquet.asGroupType();
                List<DataType.Field> children = type.fields();
                Field[] nested = new Field[children.size()];
                for (int i = 0; i < nested.length; i++) {
                    nested[i] = of(group.getType(i), children.get(i).type(), level, descriptors, leaves, nextLeaf);
                }
                return new Field(null, type, 1, level, nested, null);
            }
            int leaf = nextLeaf[0]++;
            ColumnDescriptor descriptor = descriptors.get(leaf);
            long unitsPerMilli = unitsPerMilli(parquet);
            Field field = new Field(kind(parquet.asPrimitiveType().getPrimitiveTypeName(), type, unitsPerMilli), type,
                    unitsPerMilli, level, null, descriptor);
            leaves[leaf] = field;
            return field;
        }

        private static Kind kind(PrimitiveTypeName primitive, DataType type, long unitsPerMilli) {
            boolean decimal = type.root() == TypeRoot.DECIMAL;
            switch (primitive) {
                case BOOLEAN:
                    return Kind.BOOLEAN;
                case INT32:
                    return decimal ? Kind.DECIMAL_INT : Kind.INT;
                case INT64:
                    return decimal ? Kind.DECIMAL_LONG : unitsPerMilli == 1 ? Kind.LONG : Kind.TIME_UNITS;
                case FLOAT:
                    return Kind.FLOAT;
                case DOUBLE:
                    return Kind.DOUBLE;
                default:
                    if (decimal) {
                        return Kind.DECIMAL_BINARY;
                    }
                    return type.root() == TypeRoot.CHAR || type.root() == TypeRoot.VARCHAR ? Kind.STRING : Kind.BYTES;
            }
        }

        private static long unitsPerMilli(Type type) {
            LogicalTypeAnnotation.TimeUnit unit = null;
            LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
            if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) {
                unit = ((LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) logical).getUnit();
            } else if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
                unit = ((LogicalTypeAnnotation.TimeLogicalTypeAnnotation) logical).getUnit();
            }
            if (unit == LogicalTypeAnnotation.TimeUnit.MICROS) {
                return 1_000;
            }
            if (unit == LogicalTypeAnnotation.TimeUnit.NANOS) {
                return 1_000_000;
            }
            return 1;
        }

        /** The definition level of this leaf's current value. */
        int currentDefinitionLevel() {
            return direct != null ? direct.definitionLevel() : reader.getCurrentDefinitionLevel();
        }

        /** Moves every leaf of this NULL nested row past the current row. */
        void consumeLeaves() {
            for (Field child : nested) {
                if (child.nested != null) {
                    child.consumeLeaves();
                } else if (child.direct != null) {
                    child.direct.consume();
                } else {
                    child.reader.consume();
                }
            }
        }

        /** {@link #readValue} from a direct chunk; booleans never come from one. */
        void readDirectValue(Row row, int i) {
            switch (kind) {
                case INT:
                    row.setLong(i, direct.readInt());
                    break;
                case LONG:
                    row.setLong(i, direct.readLong());
                    break;
                case TIME_UNITS:
                    row.setLong(i, Math.floorDiv(direct.readLong(), unitsPerMilli));
                    break;
                case FLOAT:
                    row.setFloat(i, direct.readFloat());
                    break;
                case DOUBLE:
                    row.setDouble(i, direct.readDouble());
                    break;
                case STRING:
                    row.setObject(i, direct.readString());
                    break;
                case BYTES:
                    row.setObject(i, direct.readBytes());
                    break;
                case DECIMAL_INT:
                    row.setObject(i, BigDecimal.valueOf(direct.readInt(), scale));
                    break;
                case DECIMAL_LONG:
                    row.setObject(i, BigDecimal.valueOf(direct.readLong(), scale));
                    break;
                case DECIMAL_BINARY:
                    row.setObject(i, new BigDecimal(new BigInteger(direct.readBytes()), scale));
                    break;
                default:
                    throw new IllegalStateException("no direct chunk for " + kind + " column " + descriptor);
            }
        }

        void readValue(Row row, int i) {
            switch (kind) {
                case BOOLEAN:
                    row.setBoolean(i, reader.getBoolean());
                    break;
                case INT:
                    row.setLong(i, reader.getInteger());
                    break;
                case LONG:
                    row.setLong(i, reader.getLong());
                    break;
                case TIME_UNITS:
                    row.setLong(i, Math.floorDiv(reader.getLong(), unitsPerMilli));
                    break;
                case FLOAT:
                    row.setFloat(i, reader.getFloat());
                    break;
                case DOUBLE:
                    row.setDouble(i, reader.getDouble());
                    break;
                case STRING:
                    row.setObject(i, reader.getBinary().toStringUsingUTF8());
                    break;
                case BYTES:
                    row.setObject(i, bytes(reader.getBinary()));
                    break;
                case DECIMAL_INT:
                    row.setObject(i, BigDecimal.valueOf(reader.getInteger(), scale));
                    break;
                case DECIMAL_LONG:
                    row.setObject(i, BigDecimal.valueOf(reader.getLong(), scale));
                    break;
                default:
                    row.setObject(i, new BigDecimal(new BigInteger(bytes(reader.getBinary())), scale));
                    break;
            }
        }

        /** A copy of the value's bytes: the reader may reuse the buffer behind a Binary. */
        private static byte[] bytes(Binary value) {
            ByteBuffer buffer = value.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
    }
}
