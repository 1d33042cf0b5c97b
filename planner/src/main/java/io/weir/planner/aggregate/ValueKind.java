package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.util.Arrays;
import java.util.Comparator;

/**
 * How an aggregate argument's values are held and ordered outside a row: primitive-slot values as {@link Long} (the
 * slot's bits), DOUBLE and FLOAT ordered as doubles, strings, decimals and bytes as themselves.
 */
enum ValueKind {
    INTEGRAL,
    FLOATING,
    COMPARABLE_OBJECT,
    BYTES,
    OTHER_OBJECT;

    static ValueKind of(DataType type) {
        TypeRoot root = type.root();
        if (root == TypeRoot.DOUBLE || root == TypeRoot.FLOAT) {
            return FLOATING;
        }
        if (root.isPrimitiveSlot()) {
            return INTEGRAL;
        }
        if (root == TypeRoot.BINARY || root == TypeRoot.VARBINARY) {
            return BYTES;
        }
        return root == TypeRoot.ROW ? OTHER_OBJECT : COMPARABLE_OBJECT;
    }

    /** The field's value as a map key: equal SQL values give equal keys. Boxes primitive values. */
    Object read(Row row, int field) {
        switch (this) {
            case INTEGRAL:
            case FLOATING:
                return row.getLong(field);
            case BYTES:
                return new BytesKey((byte[]) row.getObject(field));
            default:
                return row.getObject(field);
        }
    }

    /** Writes a key made by {@link #read} back into a row's field. */
    void write(Object value, Row row, int field) {
        switch (this) {
            case INTEGRAL:
            case FLOATING:
                row.setLong(field, (Long) value);
                return;
            case BYTES:
                row.setObject(field, ((BytesKey) value).bytes);
                return;
            default:
                row.setObject(field, value);
        }
    }

    /** SQL's order of the keys {@link #read} makes. */
    @SuppressWarnings("unchecked")
    Comparator<Object> order() {
        switch (this) {
            case INTEGRAL:
                return (a, b) -> Long.compare((Long) a, (Long) b);
            case FLOATING:
                return (a, b) -> Double.compare(Double.longBitsToDouble((Long) a), Double.longBitsToDouble((Long) b));
            case BYTES:
                return (a, b) -> Arrays.compareUnsigned(((BytesKey) a).bytes, ((BytesKey) b).bytes);
            case COMPARABLE_OBJECT:
                return (a, b) -> ((Comparable<Object>) a).compareTo(b);
            default:
                throw new IllegalStateException("values of kind " + this + " have no order");
        }
    }

    /** A byte array compared by content, so that BYTES values can be map keys. */
    static final class BytesKey {
        final byte[] bytes;

        BytesKey(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BytesKey && Arrays.equals(bytes, ((BytesKey) o).bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }
}
