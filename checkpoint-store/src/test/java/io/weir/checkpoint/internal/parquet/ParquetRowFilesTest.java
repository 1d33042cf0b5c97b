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

    private List<Row> roundTrip(RowType type, List<Row> rows) throws IOException {
        Path file = dir.resolve("rows.parquet");
        ParquetRowWriter.write(file, type, Map.of(), rows);
        List<Row> read = new ArrayList<>();
        ParquetRowReader.read(file, type, row -> read.add(row.copy()));
        return read;
    }

    @Test
    void everyTypeReadsBackAsItWasWritten() throws IOException {
        assertThat(roundTrip(EveryTypeRows.rowType(), List.of(EveryTypeRows.full()))).containsExactly(EveryTypeRows.full());
    }

    @Test
    void nullsInEveryNullableColumnReadBackAsNulls() throws IOException {
        assertThat(roundTrip(EveryTypeRows.rowType(), List.of(EveryTypeRows.nulls(), EveryTypeRows.full(), EveryTypeRows.nulls())))
                .containsExactly(EveryTypeRows.nulls(), EveryTypeRows.full(), EveryTypeRows.nulls());
    }

    @Test
    void aNestedRowWithANullFieldReadsBackWithTheNull() throws IOException {
        Row row = EveryTypeRows.full();
        Row inner = new Row(2);
        inner.setNull(0);
        inner.setObject(1, "only y");
        row.setObject(19, inner);
        assertThat(roundTrip(EveryTypeRows.rowType(), List.of(row, EveryTypeRows.full()))).containsExactly(row, EveryTypeRows.full());
    }

    @Test
    void aDecimalWithASmallerScaleIsWrittenAtTheColumnsScale() throws IOException {
        Row row = EveryTypeRows.full();
        row.setObject(8, new BigDecimal("1.5"));
        assertThat(roundTrip(EveryTypeRows.rowType(), List.of(row)).get(0).getObject(8)).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void anEmptyFileHasNoRows() throws IOException {
        assertThat(roundTrip(EveryTypeRows.rowType(), List.of())).isEmpty();
    }

    @Test
    void theWrittenSizeAndChecksumAreThoseOfTheFile() throws IOException {
        Path file = dir.resolve("sized.parquet");
        ParquetRowWriter.WrittenFile written = ParquetRowWriter.write(file, EveryTypeRows.rowType(), Map.of(),
                List.of(EveryTypeRows.full(), EveryTypeRows.nulls()));
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
        ParquetRowWriter.write(file, EveryTypeRows.rowType(), Map.of(), List.of(EveryTypeRows.full()));
        RowType other = RowType.of(List.of("k"), List.of(DataType.of(TypeRoot.BIGINT)));
        assertThatThrownBy(() -> ParquetRowReader.read(file, other, row -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("the columns of " + file);
    }
}
