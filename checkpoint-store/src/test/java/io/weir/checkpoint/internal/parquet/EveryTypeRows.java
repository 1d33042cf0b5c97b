package io.weir.checkpoint.internal.parquet;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.util.List;

/** Test rows with a column of every type the runtime has, full and all NULL. */
public final class EveryTypeRows {
    private EveryTypeRows() {
    }

    /** One nullable column of every type root, and a NOT NULL key group first, as state tables have. */
    public static RowType rowType() {
        DataType nested = DataType.row(List.of(new DataType.Field("x", DataType.of(TypeRoot.INTEGER)),
                new DataType.Field("y", DataType.string())));
        return RowType.of(List.of("key_group", "b", "ti", "si", "i", "bi", "f", "d", "dec_small", "dec_mid",
                        "dec_big", "c", "s", "bin", "vb", "day", "t", "ts", "ts_ltz", "nested"),
                List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.of(TypeRoot.BOOLEAN),
                        DataType.of(TypeRoot.TINYINT), DataType.of(TypeRoot.SMALLINT), DataType.of(TypeRoot.INTEGER),
                        DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.FLOAT), DataType.of(TypeRoot.DOUBLE),
                        DataType.decimal(5, 2), DataType.decimal(15, 3), DataType.decimal(38, 10),
                        DataType.of(TypeRoot.CHAR, 3), DataType.string(), DataType.of(TypeRoot.BINARY, 2),
                        DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH), DataType.of(TypeRoot.DATE),
                        DataType.of(TypeRoot.TIME, 3), DataType.of(TypeRoot.TIMESTAMP, 3),
                        DataType.of(TypeRoot.TIMESTAMP_LTZ, 3), nested));
    }

    public static Row full() {
        Row row = new Row(20);
        row.setInt(0, 7);
        row.setBoolean(1, true);
        row.setLong(2, -128);
        row.setLong(3, 32_000);
        row.setInt(4, Integer.MIN_VALUE);
        row.setLong(5, Long.MAX_VALUE);
        row.setFloat(6, 1.5f);
        row.setDouble(7, -2.25e-300);
        row.setObject(8, new BigDecimal("-123.45"));
        row.setObject(9, new BigDecimal("999999999999.999"));
        row.setObject(10, new BigDecimal("-1234567890123456789012345678.0123456789"));
        row.setObject(11, "abc");
        row.setObject(12, "grüße, 世界");
        row.setObject(13, new byte[] {1, 2});
        row.setObject(14, new byte[] {(byte) 0xff, 0, 42});
        row.setLong(15, -719_162);
        row.setLong(16, 86_399_999);
        row.setLong(17, 1_767_225_600_123L);
        row.setLong(18, -1L);
        row.setObject(19, Row.of(5, "inner"));
        return row;
    }

    public static Row nulls() {
        Row row = new Row(20);
        row.setInt(0, 127);
        for (int i = 1; i < 20; i++) {
            row.setNull(i);
        }
        return row;
    }
}
