package io.weir.checkpoint.internal.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetRowFilesTest {
    @TempDir
    Path dir;

    /** One nullable column of every type root, and a NOT NULL key group first, as state tables have. */
    static RowType everyType() {
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

    static Row fullRow() {
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

    static Row nullRow() {
        Row row = new Row(20);
        row.setInt(0, 127);
        for (int i = 1; i < 20; i++) {
            row.setNull(i);
        }
        return row;
    }

    private List<Row> roundTrip(RowType type, List<Row> rows) throws IOException {
        Path file = dir.resolve("rows.parquet");
        ParquetRowWriter.write(file, type, Map.of(), rows);
        List<Row> read = new ArrayList<>();
        ParquetRowReader.read(file, type, row -> read.add(row.copy()));
        return read;
    }

    @Test
    void everyTypeReadsBackAsItWasWritten() throws IOException {
        assertThat(roundTrip(everyType(), List.of(fullRow()))).containsExactly(fullRow());
    }

    @Test
    void nullsInEveryNullableColumnReadBackAsNulls() throws IOException {
        assertThat(roundTrip(everyType(), List.of(nullRow(), fullRow(), nullRow())))
                .containsExactly(nullRow(), fullRow(), nullRow());
    }

    @Test
    void aNestedRowWithANullFieldReadsBackWithTheNull() throws IOException {
        Row row = fullRow();
        Row inner = new Row(2);
        inner.setNull(0);
        inner.setObject(1, "only y");
        row.setObject(19, inner);
        assertThat(roundTrip(everyType(), List.of(row, fullRow()))).containsExactly(row, fullRow());
    }

    @Test
    void aDecimalWithASmallerScaleIsWrittenAtTheColumnsScale() throws IOException {
        Row row = fullRow();
        row.setObject(8, new BigDecimal("1.5"));
        assertThat(roundTrip(everyType(), List.of(row)).get(0).getObject(8)).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void anEmptyFileHasNoRows() throws IOException {
        assertThat(roundTrip(everyType(), List.of())).isEmpty();
    }

    @Test
    void theWrittenSizeAndChecksumAreThoseOfTheFile() throws IOException {
        Path file = dir.resolve("sized.parquet");
        ParquetRowWriter.WrittenFile written = ParquetRowWriter.write(file, everyType(), Map.of(),
                List.of(fullRow(), nullRow()));
        byte[] bytes = Files.readAllBytes(file);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        assertThat(written).isEqualTo(new ParquetRowWriter.WrittenFile(bytes.length, 2, crc.getValue()));
    }

    @Test
    void manyRowsSpanSeveralPagesAndReadBackInOrder() throws IOException {
        RowType type = RowType.of(List.of("k", "v"), List.of(DataType.of(TypeRoot.BIGINT), DataType.string()));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            rows.add(Row.of((long) i, "value " + i));
        }
        assertThat(roundTrip(type, rows)).isEqualTo(rows);
    }

    @Test
    void readingWithOtherColumnsFailsNamingTheFile() throws IOException {
        Path file = dir.resolve("other.parquet");
        ParquetRowWriter.write(file, everyType(), Map.of(), List.of(fullRow()));
        RowType other = RowType.of(List.of("k"), List.of(DataType.of(TypeRoot.BIGINT)));
        assertThatThrownBy(() -> ParquetRowReader.read(file, other, row -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the columns of " + file);
    }
}
