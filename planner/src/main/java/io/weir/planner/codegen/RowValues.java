package io.weir.planner.codegen;

import io.weir.runtime.row.Row;
import org.apache.calcite.avatica.util.ByteString;

/** Converts ROW values of generated code (a nested {@link Row}, or Calcite's {@code Object[]}) to a nested Row. */
public final class RowValues {
    private RowValues() {
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
