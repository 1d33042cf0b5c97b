package io.weir.planner.codegen;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import org.apache.calcite.avatica.util.ByteString;

/** Brings values of generated code into the row's representation: DECIMAL at its column's scale, ROW as a nested {@link Row}. */
public final class RowValues {
    private RowValues() {
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
