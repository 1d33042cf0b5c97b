package io.weir.planner.codegen;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import org.apache.calcite.avatica.util.ByteString;

/** Brings values of generated code into the row's representation: DECIMAL at its column's scale, ROW as a nested {@link Row}. */
public final class RowValues {
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private RowValues() {
    }

    /**
     * The integer part of {@code unscaled * 10^-scale * x}, as {@link BigDecimal#longValue()} of the exact product
     * gives it (fraction dropped, low 64 bits kept), without a BigDecimal unless the product overflows a long.
     */
    public static long truncatedProduct(long unscaled, int scale, long x) {
        long high = Math.multiplyHigh(unscaled, x);
        long low = unscaled * x;
        if (high == (low >> 63)) {
            return low / POWERS_OF_TEN[scale];
        }
        return BigDecimal.valueOf(unscaled, scale).multiply(BigDecimal.valueOf(x)).longValue();
    }

    /** A DECIMAL value at the column's scale (rounded half up), or NULL if it has too many digits for it. */
    public static BigDecimal fitDecimal(BigDecimal value, int precision, int scale) {
        if (value == null) {
            return null;
        }
        return value.scale() == scale && value.precision() <= precision ? value : Casts.toDecimal(value, precision, scale);
    }

    /** The value as a Row; an {@code Object[]} of Calcite's Java values is copied into a new one, recursively. */
    public static Row toRow(Object value) {
        if (value instanceof Row) {
            return (Row) value;
        }
        Object[] values = (Object[]) value;
        Row row = new Row(values.length);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Object[]) {
                v = toRow(v);
            } else if (v instanceof ByteString) {
                v = ((ByteString) v).getBytes();
            }
            row.setBoxed(i, v);
        }
        return row;
    }
}
