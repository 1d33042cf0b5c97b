package io.weir.connector.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetColumnsWriterTest {
    private static final DataType INNER = DataType.row(List.of(
            new DataType.Field("x", DataType.of(TypeRoot.INTEGER)),
            new DataType.Field("y", DataType.of(TypeRoot.BIGINT).withNullable(false))));
    private static final RowType TYPE = RowType.of(List.of("key_group", "name", "inner", "total"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.string(), INNER,
                    DataType.of(TypeRoot.BIGINT)));
    private static final ParquetColumnsWriter.Options SMALL_ROW_GROUPS = new ParquetColumnsWriter.Options(
            CompressionCodecName.SNAPPY, 4 * 1024, Set.of("key_group"));
    private static final ParquetReadOptions OPTIONS = ParquetReadOptions.builder(new PlainParquetConfiguration())
            .withCodecFactory(ParquetCodecs.INSTANCE).build();

    @TempDir
    Path dir;

    private Path write(List<Row> rows) throws IOException {
        Path file = dir.resolve("rows.parquet");
        try (ParquetColumnsWriter writer = ParquetColumnsWriter.create(new LocalOutputFile(file), TYPE, Map.of(),
                SMALL_ROW_GROUPS)) {
            for (Row row : rows) {
                writer.write(row);
            }
        }
        return file;
    }

    private static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (ParquetColumnsReader reader = ParquetColumnsReader.of(
                ParquetFileReader.open(new LocalInputFile(file), OPTIONS), ParquetTypes.messageType(TYPE),
                TYPE.fields())) {
            Row row = new Row(TYPE.arity());
            while (reader.next(row)) {
                rows.add(row.copy());
            }
        }
        return rows;
    }

    private static int rowGroups(Path file) throws IOException {
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), OPTIONS)) {
            return reader.getRowGroups().size();
        }
    }

    /** Fills {@code target} with the i-th test row: every nullable field is NULL in some rows. */
    private static Row fill(Row target, int i) {
        target.setLong(0, i % 7);
        if (i % 3 == 0) {
            target.setNull(1);
        } else {
            target.setObject(1, "näme-" + i);
        }
        target.setObject(2, i % 5 == 0 ? null : Row.of(i % 2 == 0 ? null : i, (long) i));
        if (i % 5 == 0) {
            target.setNull(2);
        }
        if (i % 4 == 0) {
            target.setNull(3);
        } else {
            target.setLong(3, i * 1_000L);
        }
        return target;
    }

    private static Row row(int i) {
        return fill(new Row(TYPE.arity()), i);
    }

    @Test
    void rowsOfSeveralRowGroupsReadBackInOrderFromOneReusedRow() throws IOException {
        List<Row> expected = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            expected.add(row(i));
        }
        Row reused = new Row(TYPE.arity());
        Path file = dir.resolve("rows.parquet");
        try (ParquetColumnsWriter writer = ParquetColumnsWriter.create(new LocalOutputFile(file), TYPE, Map.of(),
                SMALL_ROW_GROUPS)) {
            for (int i = 0; i < expected.size(); i++) {
                writer.write(fill(reused, i));
            }
        }
        assertThat(rowGroups(file)).isGreaterThan(1);
        assertThat(read(file)).containsExactlyElementsOf(expected);
    }

    @Test
    void rowsOfManyPagesInOneRowGroupReadBackThoughPagesShareTheWritersBuffers() throws IOException {
        // 300 000 rows of distinct strings and longs fill several 1 MB pages per column: each page is encoded into
        // recycled slabs and compressed into the buffers of the previous one.
        Row reused = new Row(TYPE.arity());
        Path file = dir.resolve("pages.parquet");
        ParquetColumnsWriter.Options oneRowGroup = new ParquetColumnsWriter.Options(CompressionCodecName.SNAPPY,
                512L * 1024 * 1024, Set.of("key_group"));
        try (ParquetColumnsWriter writer = ParquetColumnsWriter.create(new LocalOutputFile(file), TYPE, Map.of(),
                oneRowGroup)) {
            for (int i = 0; i < 300_000; i++) {
                writer.write(fill(reused, i));
            }
        }
        assertThat(rowGroups(file)).isEqualTo(1);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), OPTIONS)) {
            assertThat(reader.readOffsetIndex(reader.getRowGroups().get(0).getColumns().get(1)).getPageCount())
                    .as("pages of column 'name'").isGreaterThan(2);
        }
        List<Row> rows = read(file);
        assertThat(rows).hasSize(300_000);
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).equals(row(i))) {
                assertThat(rows.get(i)).as("row %d", i).isEqualTo(row(i));
            }
        }
    }

    @Test
    void aNullNestedRowReadsBackAsNullWhileItsNotNullFieldIsLeftOut() throws IOException {
        Row row = Row.of(1, "a", null, 2L);
        assertThat(read(write(List.of(row, row(1))))).containsExactly(row, row(1));
    }

    @Test
    void aNullInANotNullColumnIsRefusedWithTheColumnsName() {
        assertThatThrownBy(() -> write(List.of(Row.of(null, "a", null, 2L))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("key_group");
    }

    @Test
    void anEmptyFileHasTheColumnsAndNoRows() throws IOException {
        Path file = write(List.of());
        assertThat(read(file)).isEmpty();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), OPTIONS)) {
            assertThat(reader.getFooter().getFileMetaData().getSchema()).isEqualTo(ParquetTypes.messageType(TYPE));
        }
    }
}
