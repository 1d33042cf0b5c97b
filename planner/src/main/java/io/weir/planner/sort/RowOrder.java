package io.weir.planner.sort;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * SQL's order of rows by sort keys: each key's values compared by their type (numbers, times and booleans by value,
 * strings by their UTF-16 code units, bytes as unsigned), NULLs before or after every value as the key says, and the
 * next key breaking ties. Compares the row's own slots, so it neither boxes nor allocates.
 */
public final class RowOrder implements Comparator<Row> {
    /** How a key's values are compared. */
    private enum Kind {
        INTEGRAL, FLOATING, DECIMAL, STRING, BYTES
    }

    private final int[] fields;
    private final Kind[] kinds;
    private final boolean[] descending;
    private final boolean[] nullsFirst;

    /**
     * @param keys the sort keys, most significant first
     * @param type the type of the sorted rows
     * @throws IllegalArgumentException if a key's type has no order (ROW)
     */
    public RowOrder(List<SortKey> keys, RowType type) {
        int n = keys.size();
        this.fields = new int[n];
        this.kinds = new Kind[n];
        this.descending = new boolean[n];
        this.nullsFirst = new boolean[n];
        for (int i = 0; i < n; i++) {
            SortKey key = keys.get(i);
            fields[i] = key.field();
            kinds[i] = kindOf(type.type(key.field()).root());
            descending[i] = key.descending();
            nullsFirst[i] = key.nullsFirst();
        }
    }

    /** Whether values of {@code root} can be sorted. */
    public static boolean isOrderable(TypeRoot root) {
        return root != TypeRoot.ROW;
    }

    private static Kind kindOf(TypeRoot root) {
        switch (root) {
            case FLOAT:
            case DOUBLE:
                return Kind.FLOATING;
            case DECIMAL:
                return Kind.DECIMAL;
            case CHAR:
            case VARCHAR:
                return Kind.STRING;
            case BINARY:
            case VARBINARY:
                return Kind.BYTES;
            case ROW:
                throw new IllegalArgumentException("values of type ROW have no order");
            default:
                return Kind.INTEGRAL;
        }
    }

    @Override
    public int compare(Row a, Row b) {
        for (int i = 0; i < fields.length; i++) {
            int field = fields[i];
            boolean aNull = a.isNullAt(field);
            boolean bNull = b.isNullAt(field);
            int c;
            if (aNull || bNull) {
                if (aNull && bNull) {
                    continue;
                }
                // NULLS FIRST/LAST holds whatever the direction.
                return aNull == nullsFirst[i] ? -1 : 1;
            }
            c = compareValues(kinds[i], a, b, field);
            if (c != 0) {
                return descending[i] ? -c : c;
            }
        }
        return 0;
    }

    private static int compareValues(Kind kind, Row a, Row b, int field) {
        switch (kind) {
            case INTEGRAL:
                return Long.compare(a.getLong(field), b.getLong(field));
            case FLOATING:
                return Double.compare(a.getDouble(field), b.getDouble(field));
            case DECIMAL:
                return ((BigDecimal) a.getObject(field)).compareTo((BigDecimal) b.getObject(field));
            case STRING:
                return a.getString(field).compareTo(b.getString(field));
            default:
                return Arrays.compareUnsigned((byte[]) a.getObject(field), (byte[]) b.getObject(field));
        }
    }
}
