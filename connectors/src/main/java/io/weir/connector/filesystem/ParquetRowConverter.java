package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.Type;

/**
 * Fills a row from the values Parquet's record reader hands over, the inverse of {@link ParquetRowWriteSupport}.
 * The top-level row is reused from record to record; a nested ROW is a new row each time, since a copy of the outer
 * row shares it. Times and timestamps in micro- or nanoseconds, as other writers store them, become milliseconds.
 */
public class ParquetRowConverter extends GroupConverter {
    private final Converter[] fields;
    private Row row;

    /** Converts records of {@code group}, whose fields are those of {@code fieldTypes} in order. */
    public ParquetRowConverter(GroupType group, List<DataType.Field> fieldTypes) {
        this.fields = new Converter[fieldTypes.size()];
        for (int i = 0; i < fields.length; i++) {
            DataType type = fieldTypes.get(i).type();
            Type parquetType = group.getType(i);
            fields[i] = type.root() == TypeRoot.ROW
                    ? new NestedRowConverter(this, i, parquetType.asGroupType(), type.fields())
                    : new FieldConverter(this, i, type, unitsPerMilli(parquetType));
        }
        this.row = newRow();
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

    /** The row of the record last read; reused by the next one. */
    public Row row() {
        return row;
    }

    private Row newRow() {
        Row fresh = new Row(fields.length);
        for (int i = 0; i < fields.length; i++) {
            fresh.setNull(i);
        }
        return fresh;
    }

    void renew() {
        row = newRow();
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return fields[fieldIndex];
    }

    @Override
    public void start() {
        // A field's converter is called only when the record has a value for it: the others are NULL.
        for (int i = 0; i < fields.length; i++) {
            row.setNull(i);
        }
    }

    @Override
    public void end() {
        // the row is complete; the decoder copies it out
    }

    /** A nested ROW: a new row per record, stored into its parent's field when the group ends. */
    private static final class NestedRowConverter extends ParquetRowConverter {
        private final ParquetRowConverter parent;
        private final int index;

        NestedRowConverter(ParquetRowConverter parent, int index, GroupType group, List<DataType.Field> fieldTypes) {
            super(group, fieldTypes);
            this.parent = parent;
            this.index = index;
        }

        @Override
        public void start() {
            renew();
        }

        @Override
        public void end() {
            parent.row().setObject(index, row());
        }
    }

    /** One primitive field, stored into the row's slot as {@link Row} documents for the field's type. */
    private static final class FieldConverter extends PrimitiveConverter {
        private final ParquetRowConverter owner;
        private final int index;
        private final DataType type;
        private final boolean decimal;
        private final long unitsPerMilli;

        FieldConverter(ParquetRowConverter owner, int index, DataType type, long unitsPerMilli) {
            this.owner = owner;
            this.index = index;
            this.type = type;
            this.decimal = type.root() == TypeRoot.DECIMAL;
            this.unitsPerMilli = unitsPerMilli;
        }

        @Override
        public void addBoolean(boolean value) {
            owner.row().setBoolean(index, value);
        }

        @Override
        public void addInt(int value) {
            if (decimal) {
                owner.row().setObject(index, BigDecimal.valueOf(value, type.scale()));
            } else {
                owner.row().setLong(index, value);
            }
        }

        @Override
        public void addLong(long value) {
            if (decimal) {
                owner.row().setObject(index, BigDecimal.valueOf(value, type.scale()));
            } else {
                owner.row().setLong(index, Math.floorDiv(value, unitsPerMilli));
            }
        }

        @Override
        public void addFloat(float value) {
            owner.row().setFloat(index, value);
        }

        @Override
        public void addDouble(double value) {
            owner.row().setDouble(index, value);
        }

        @Override
        public void addBinary(Binary value) {
            switch (type.root()) {
                case CHAR:
                case VARCHAR:
                    owner.row().setObject(index, value.toStringUsingUTF8());
                    break;
                case DECIMAL:
                    owner.row().setObject(index, new BigDecimal(new BigInteger(bytes(value)), type.scale()));
                    break;
                default:
                    owner.row().setObject(index, bytes(value));
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
