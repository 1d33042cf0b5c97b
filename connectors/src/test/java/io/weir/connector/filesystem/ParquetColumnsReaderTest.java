package io.weir.connector.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetColumnsReaderTest {
    /** Two levels of nesting under nullable rows, with a NOT NULL field at each level. */
    private static final DataType DEEPEST = DataType.row(List.of(
            new DataType.Field("z", DataType.string()),
            new DataType.Field("w", DataType.of(TypeRoot.INTEGER).withNullable(false))));
    private static final DataType MIDDLE = DataType.row(List.of(
            new DataType.Field("deepest", DEEPEST),
            new DataType.Field("y", DataType.of(TypeRoot.BIGINT).withNullable(false))));
    private static final RowType TYPE = RowType.of(List.of("id", "category", "middle", "amount"),
            List.of(DataType.of(TypeRoot.BIGINT).withNullable(false), DataType.string(), MIDDLE,
                    DataType.of(TypeRoot.DOUBLE)));
    private static final ParquetReadOptions OPTIONS = ParquetReadOptions.builder(new PlainParquetConfiguration())
            .withCodecFactory(ParquetCodecs.INSTANCE).build();

    @TempDir
    Path dir;

    /** The i-th row: NULL in turn at every level of the nested rows and in the nullable top-level columns. */
    private static Row row(int i) {
        Row deepest = i % 3 == 0 ? null : Row.of(i % 2 == 0 ? null : "z" + i, i);
        Row middle = i % 5 == 0 ? null : Row.of(deepest, (long) -i);
        return Row.of((long) i, i % 7 == 0 ? null : "category-" + i % 4, middle, i % 4 == 0 ? null : i * 0.5);
    }

    private Path write(int rows, Set<String> dictionaryColumns, long rowGroupSizeBytes) throws IOException {
        Path file = dir.resolve("rows.parquet");
        ParquetColumnsWriter.Options options = new ParquetColumnsWriter.Options(CompressionCodecName.SNAPPY,
                rowGroupSizeBytes, dictionaryColumns);
        try (ParquetColumnsWriter writer = ParquetColumnsWriter.create(new LocalOutputFile(file), TYPE, Map.of(),
                options)) {
            for (int i = 0; i < rows; i++) {
                writer.write(row(i));
            }
        }
        return file;
    }

    private static ParquetColumnsReader open(Path file, MessageType requested, RowType type) throws IOException {
        return ParquetColumnsReader.of(ParquetFileReader.open(new LocalInputFile(file), OPTIONS), requested,
                type.fields());
    }

    private static List<Row> readAll(ParquetColumnsReader reader, int arity) throws IOException {
        List<Row> rows = new ArrayList<>();
        Row row = new Row(arity);
        while (reader.next(row)) {
            rows.add(row.copy());
        }
        return rows;
    }

    private static List<Row> expected(int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(row(i));
        }
        return rows;
    }

    @Test
    void nullsAtEveryLevelOfNestedRowsReadBackIntoOneReusedRow() throws IOException {
        Path file = write(300, Set.of(), 1L << 20);
        try (ParquetColumnsReader reader = open(file, ParquetTypes.messageType(TYPE), TYPE)) {
            assertThat(readAll(reader, TYPE.arity())).containsExactlyElementsOf(expected(0, 300));
        }
    }

    @Test
    void dictionaryEncodedColumnsReadBackAsPlainOnesDo() throws IOException {
        Path file = write(3_000, Set.of("id", "category", "middle.deepest.z", "middle.y", "amount"), 1L << 20);
        try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(file), OPTIONS)) {
            ColumnChunkMetaData category = footer.getRowGroups().get(0).getColumns().get(1);
            assertThat(category.getEncodings()).contains(Encoding.PLAIN_DICTIONARY);
        }
        try (ParquetColumnsReader reader = open(file, ParquetTypes.messageType(TYPE), TYPE)) {
            assertThat(readAll(reader, TYPE.arity())).containsExactlyElementsOf(expected(0, 3_000));
        }
    }

    @Test
    void skippingRowsAcrossRowGroupsLeavesTheReaderAtTheNextRow() throws IOException {
        Path file = write(5_000, Set.of("category"), 4 * 1024);
        try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(file), OPTIONS)) {
            assertThat(footer.getRowGroups()).hasSizeGreaterThan(3);
        }
        try (ParquetColumnsReader reader = open(file, ParquetTypes.messageType(TYPE), TYPE)) {
            assertThat(reader.skip(3_333)).isEqualTo(3_333);
            assertThat(readAll(reader, TYPE.arity())).containsExactlyElementsOf(expected(3_333, 5_000));
        }
    }

    @Test
    void skippingPastTheEndSkipsTheRowsThereAre() throws IOException {
        Path file = write(100, Set.of(), 1L << 20);
        try (ParquetColumnsReader reader = open(file, ParquetTypes.messageType(TYPE), TYPE)) {
            assertThat(reader.skip(1_000)).isEqualTo(100);
            assertThat(reader.next(new Row(TYPE.arity()))).isFalse();
        }
    }

    @Test
    void aNestedRowIsNewForEveryRowSoCopiesOfTheReusedRowKeepTheirOwn() throws IOException {
        Path file = write(3, Set.of(), 1L << 20);
        try (ParquetColumnsReader reader = open(file, ParquetTypes.messageType(TYPE), TYPE)) {
            List<Row> rows = readAll(reader, TYPE.arity());
            assertThat(((Row) rows.get(1).getObject(2)).getLong(1)).isEqualTo(-1L);
            assertThat(((Row) rows.get(2).getObject(2)).getLong(1)).isEqualTo(-2L);
        }
    }

    @Test
    void timestampsAndTimesInMicrosecondsReadAsMilliseconds() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS)).named("ts")
                .optional(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timeType(false, LogicalTypeAnnotation.TimeUnit.MICROS)).named("t")
                .named("other_writer");
        Path file = dir.resolve("micros.parquet");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema).withConf(new PlainParquetConfiguration()).withCodecFactory(ParquetCodecs.INSTANCE)
                .build()) {
            writer.write(new SimpleGroupFactory(schema).newGroup().append("ts", 1_700_000_000_123_456L)
                    .append("t", 3_600_000_999L));
            writer.write(new SimpleGroupFactory(schema).newGroup());
        }
        RowType type = RowType.of(List.of("ts", "t"),
                List.of(DataType.of(TypeRoot.TIMESTAMP), DataType.of(TypeRoot.TIME)));
        try (ParquetColumnsReader reader = open(file, schema, type)) {
            assertThat(readAll(reader, 2)).containsExactly(Row.of(1_700_000_000_123L, 3_600_000L), Row.of(null, null));
        }
    }

    @Test
    void version2PagesOfPlainAndDeltaColumnsWithNullsReadBack() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.DOUBLE).named("amount")
                .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.intType(64, true)).named("id")
                .named("other_writer");
        Path file = dir.resolve("v2.parquet");
        List<Row> expected = new ArrayList<>();
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema).withConf(new PlainParquetConfiguration()).withCodecFactory(ParquetCodecs.INSTANCE)
                .withWriterVersion(ParquetProperties.WriterVersion.PARQUET_2_0).withDictionaryEncoding(false)
                .build()) {
            for (int i = 0; i < 2_000; i++) {
                Group group = new SimpleGroupFactory(schema).newGroup();
                if (i % 3 != 0) {
                    group.append("amount", i * 0.25);
                }
                if (i % 4 != 0) {
                    group.append("id", (long) i * i);
                }
                writer.write(group);
                expected.add(Row.of(i % 3 != 0 ? i * 0.25 : null, i % 4 != 0 ? (long) i * i : null));
            }
        }
        RowType type = RowType.of(List.of("amount", "id"),
                List.of(DataType.of(TypeRoot.DOUBLE), DataType.of(TypeRoot.BIGINT)));
        try (ParquetColumnsReader reader = open(file, schema, type)) {
            assertThat(readAll(reader, 2)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aDictionaryColumnThatFallsBackToPlainPagesReadsBack() throws IOException {
        RowType type = RowType.of(List.of("name", "n"), List.of(DataType.string(), DataType.of(TypeRoot.BIGINT)));
        Path file = dir.resolve("fallback.parquet");
        List<Row> expected = new ArrayList<>();
        ParquetColumnsWriter.Options options = new ParquetColumnsWriter.Options(CompressionCodecName.SNAPPY,
                1L << 30, Set.of("name", "n"));
        try (ParquetColumnsWriter writer = ParquetColumnsWriter.create(new LocalOutputFile(file), type, Map.of(),
                options)) {
            // A first page of few names keeps the dictionary; then more distinct names than a 1 MB dictionary page
            // holds make the writer fall back to PLAIN pages.
            for (int i = 0; i < 60_000; i++) {
                String name = i < 20_000 ? "name " + i % 10 : "a fairly long distinct name number " + i;
                Row row = Row.of(i % 11 == 0 ? null : name, (long) i % 17);
                writer.write(row);
                expected.add(row);
            }
        }
        try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(file), OPTIONS)) {
            assertThat(footer.getRowGroups().get(0).getColumns().get(0).getEncodings())
                    .contains(Encoding.PLAIN_DICTIONARY, Encoding.PLAIN);
        }
        try (ParquetColumnsReader reader = open(file, ParquetTypes.messageType(type), type)) {
            assertThat(readAll(reader, 2)).containsExactlyElementsOf(expected);
        }
    }
}
