package io.weir.tests.golden;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.ValueFormatter;
import java.time.ZoneOffset;

/** The golden files' text for values and rows: {@code [1, abc, NULL]}, values as Flink's CAST(x AS STRING). */
final class GoldenText {
    private static final ValueFormatter FORMATTER = new ValueFormatter(ZoneOffset.UTC);

    private GoldenText() {
    }

    static String field(Row row, int i, DataType type) {
        String text = FORMATTER.format(row, i, type);
        return text == null ? "NULL" : text;
    }

    static String row(Row row, RowType type) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < type.arity(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(field(row, i, type.type(i)));
        }
        return b.append(']').toString();
    }
}
