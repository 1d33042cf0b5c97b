package io.weir.checkpoint.internal.parquet;

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

/**
 * Fills a Weir row from the values Parquet's record reader hands over, the inverse of {@link RowWriteSupport}. The
 * top-level row is reused from record to record; a nested ROW is a new row each time, since a copy of the outer
 * row shares it.
 */
class RowConverter extends GroupConverter {
    private final Converter[] fields;
    private Row row;

    RowConverter(List<DataType.Field> fieldTypes) {
        this.fields = new Converter[fieldTypes.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = converter(i, fieldTypes.get(i).type());
        }
        this.row = newRow();
    }

    private Converter converter(int index, DataType type) {
        if (type.root() == TypeRoot.ROW) {
            return new NestedRowConverter(this, index, type.fields());
        }
        return new FieldConverter(this, index, type);
    }

    Row row() {
        return row;
    }

    private Row newRow() {
        Row fresh = new Row(fields.length);
        for (int i = 0; i < fields.length; i++) {
            fresh.setNull(i);
        }
        return fresh;
    }

    @Override
    public Converter getConverter(int fieldIndex) {
        return fields[fieldIndex];
    }

    @Override
    public void start() {
        // Absent fields are NULL: a field's converter is called only when the record has a value for it.
        for (int i = 0; i < fields.length; i++) {
            row.setNull(i);
        }
    }

    @Override
    public void end() {
        // the row is complete; the reader hands it to the consumer
    }

    /** A nested ROW: a new row per record, stored into its parent's field when the group ends. */
    private static final class NestedRowConverter extends RowConverter {
        private final RowConverter parent;
        private final int index;

        NestedRowConverter(RowConverter parent, int index, List<DataType.Field> fieldTypes) {
            super(fieldTypes);
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

    void renew() {
        row = newRow();
    }

    /** One primitive field, stored into the row's slot as {@link Row} documents for the field's type. */
    private static final class FieldConverter extends PrimitiveConverter {
        private final RowConverter owner;
        private final int index;
        private final DataType type;

        FieldConverter(RowConverter owner, int index, DataType type) {
            this.owner = owner;
            this.index = index;
            this.type = type;
        }

        @Override
        public void addBoolean(boolean value) {
            owner.row().setBoolean(index, value);
        }

        @Override
        public void addInt(int value) {
            if (type.root() == TypeRoot.DECIMAL) {
                owner.row().setObject(index, BigDecimal.valueOf(value, type.scale()));
            } else {
                owner.row().setLong(index, value);
            }
        }

        @Override
        public void addLong(long value) {
            if (type.root() == TypeRoot.DECIMAL) {
                owner.row().setObject(index, BigDecimal.valueOf(value, type.scale()));
            } else {
                owner.row().setLong(index, value);
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
