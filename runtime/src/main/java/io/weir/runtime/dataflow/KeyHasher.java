package io.weir.runtime.dataflow;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.Arrays;
import java.util.List;

/**
 * Hashes the key fields of rows of one type, the same way in every process, without boxing primitive fields.
 * Values SQL deems equal hash equally: {@code 0.0} and {@code -0.0}, every NaN, byte arrays by content.
 * Immutable and thread-safe.
 */
public final class KeyHasher {
    private static final int NULL_HASH = 0x5bd1e995;
    private static final byte INTEGRAL = 0;
    private static final byte FLOATING = 1;
    private static final byte BYTES = 2;
    private static final byte OBJECT = 3;

    private final int[] keyFields;
    private final byte[] fieldKinds;

    private KeyHasher(int[] keyFields, byte[] fieldKinds) {
        this.keyFields = keyFields;
        this.fieldKinds = fieldKinds;
    }

    /** A hasher of the fields at {@code keyFields} of rows of {@code rowType}. */
    public static KeyHasher of(RowType rowType, List<Integer> keyFields) {
        int[] fields = new int[keyFields.size()];
        byte[] kinds = new byte[fields.length];
        for (int i = 0; i < fields.length; i++) {
            int field = keyFields.get(i);
            if (field < 0 || field >= rowType.arity()) {
                throw new IllegalArgumentException("key field " + field + " is outside a row of arity " + rowType.arity());
            }
            fields[i] = field;
            kinds[i] = kindOf(rowType.type(field).root());
        }
        return new KeyHasher(fields, kinds);
    }

    private static byte kindOf(TypeRoot root) {
        switch (root) {
            case FLOAT:
            case DOUBLE:
                return FLOATING;
            case BINARY:
            case VARBINARY:
                return BYTES;
            default:
                return root.isPrimitiveSlot() ? INTEGRAL : OBJECT;
        }
    }

    /** The hash of the row's key fields. */
    public int hash(Row row) {
        int h = 1;
        for (int i = 0; i < keyFields.length; i++) {
            h = 31 * h + fieldHash(row, keyFields[i], fieldKinds[i]);
        }
        return h;
    }

    private static int fieldHash(Row row, int field, byte kind) {
        if (row.isNullAt(field)) {
            return NULL_HASH;
        }
        switch (kind) {
            case INTEGRAL:
                return Long.hashCode(row.getLong(field));
            case FLOATING:
                double d = row.getDouble(field);
                // Equal doubles must hash alike: fold -0.0 into 0.0 and every NaN into one.
                return d == 0.0 ? 0 : Double.hashCode(d);
            case BYTES:
                return Arrays.hashCode((byte[]) row.getObject(field));
            default:
                return row.getObject(field).hashCode();
        }
    }
}
