package io.weir.connector.filesystem;

import static io.weir.connector.CollectingOutput.context;
import static io.weir.connector.CollectingOutput.drainAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.WeirException;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFormatTest {
    private static final DataType POINT = DataType.row(List.of(
            new DataType.Field("x", DataType.of(TypeRoot.INTEGER)),
            new DataType.Field("label", DataType.string()),
            new DataType.Field("inner", DataType.row(List.of(new DataType.Field("z", DataType.of(TypeRoot.BIGINT)))))));
    /** A column of every SQL type Weir has, three decimal widths (INT32, INT64, fixed binary), one NOT NULL. */
    static final RowType EVERY_TYPE = RowType.of(
            List.of("b", "ti", "si", "i", "bi", "f", "d", "dec_small", "dec_mid", "dec_big", "c", "vc", "bin",
                    "vbin", "day", "tod", "ts", "ts_ltz", "point", "id"),
            List.of(DataType.of(TypeRoot.BOOLEAN), DataType.of(TypeRoot.TINYINT), DataType.of(TypeRoot.SMALLINT),
                    DataType.of(TypeRoot.INTEGER), DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.FLOAT),
                    DataType.of(TypeRoot.DOUBLE), DataType.decimal(5, 2), DataType.decimal(15, 3),
                    DataType.decimal(30, 4), DataType.of(TypeRoot.CHAR, 3), DataType.string(),
                    DataType.of(TypeRoot.BINARY, 2), DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH),
                    DataType.of(TypeRoot.DATE), DataType.of(TypeRoot.TIME, 3), DataType.of(TypeRoot.TIMESTAMP, 3),
                    DataType.of(TypeRoot.TIMESTAMP_LTZ, 3), POINT,
                    DataType.of(TypeRoot.BIGINT).withNullable(false)));

    @TempDir
    Path dir;

    static List<Row> everyTypeRows() {
        Row point = Row.of(7, "p", Row.of(-9L));
        Row pointOfNulls = Row.of(null, null, null);
        return List.of(
                Row.of(true, (byte) -128, (short) 32767, Integer.MIN_VALUE, Long.MAX_VALUE, 1.5f, -2.25,
                        new BigDecimal("-999.99"), new BigDecimal("123456789012.345"),
                        new BigDecimal("-12345678901234567890123456.7890"), "abc", "日本語 text", new byte[] {1, 2},
                        new byte[] {-1, 0, 127}, 20454L, 45_296_789L, 1_767_225_600_123L, -1L, point, 1L),
                Row.of(false, (byte) 0, (short) -1, 0, 0L, 0.0f, 0.0, new BigDecimal("0.00"), new BigDecimal("0.000"),
                        new BigDecimal("0.0000"), "", "", new byte[0], new byte[0], -719_162L, 0L, -62_135_596_800_000L,
                        0L, pointOfNulls, 2L),
                Row.of(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null, null, 3L));
    }

    private Map<String, String> options(Path path, String... extra) {
        Map<String, String> options = new HashMap<>();
        options.put("connector", "filesystem");
        options.put("path", path.toString());
        options.put("format", "parquet");
        for (int i = 0; i < extra.length; i += 2) {
            options.put(extra[i], extra[i + 1]);
        }
        return options;
    }

    static void writeAll(Sink sink, int parallelism, List<Row> rows) throws Exception {
        for (int subtask = 0; subtask < parallelism; subtask++) {
            try (SinkWriter writer = sink.createWriter(new SinkContext("job", subtask, parallelism))) {
                writer.open();
                for (int i = subtask; i < rows.size(); i += parallelism) {
                    writer.write(ChangeKind.INSERT, rows.get(i));
                }
                writer.finish();
            }
        }
    }

    private List<Row> roundTrip(String... extra) throws Exception {
        Map<String, String> options = options(dir.resolve("out"), extra);
        FileSystemFactory factory = new FileSystemFactory();
        writeAll(factory.createSink(context(EVERY_TYPE, options)), 2, everyTypeRows());
        List<Row> rows = new ArrayList<>();
        for (List<Row> subtask : drainAll(factory.createSource(context(EVERY_TYPE, options)), 2)) {
            rows.addAll(subtask);
        }
        return rows;
    }

    private List<Path> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    private static List<Row> read(Path path, RowType type) throws Exception {
        Map<String, String> options = new HashMap<>();
        options.put("connector", "filesystem");
        options.put("path", path.toString());
        options.put("format", "parquet");
        return drainAll(new FileSystemFactory().createSource(context(type, options)), 1).get(0);
    }

    @Test
    void everyTypeNullsAndNestedRowsSurviveTheSinkThenTheSource() throws Exception {
        assertThat(roundTrip()).containsExactlyInAnyOrderElementsOf(everyTypeRows());
    }

    @Test
    void uncompressedFilesRoundTripAsSnappyOnesDo() throws Exception {
        assertThat(roundTrip("parquet.compression", "uncompressed"))
                .containsExactlyInAnyOrderElementsOf(everyTypeRows());
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(partFiles().get(0)))) {
            assertThat(reader.getRowGroups().get(0).getColumns().get(0).getCodec())
                    .isEqualTo(CompressionCodecName.UNCOMPRESSED);
        }
    }

    @Test
    void theSinkWritesOneSnappyParquetFilePerSubtaskNamedForTheFormat() throws Exception {
        roundTrip();
        List<Path> files = partFiles();
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".parquet"));
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(files.get(0)))) {
            assertThat(reader.getRowGroups().get(0).getColumns().get(0).getCodec())
                    .isEqualTo(CompressionCodecName.SNAPPY);
        }
    }

    @Test
    void theSinkDictionaryEncodesColumnsOfRepeatedValuesNestedOnesToo() throws Exception {
        DataType pointType = DataType.row(List.of(new DataType.Field("x", DataType.of(TypeRoot.INTEGER)),
                new DataType.Field("label", DataType.string())));
        RowType type = RowType.of(List.of("id", "category", "point"),
                List.of(DataType.of(TypeRoot.BIGINT).withNullable(false), DataType.string(), pointType));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            rows.add(Row.of((long) i, "category-" + i % 5, Row.of(i % 3, "label-" + i % 7)));
        }
        writeAll(new FileSystemFactory().createSink(context(type, options(dir.resolve("out")))), 1, rows);
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(partFiles().get(0)))) {
            assertThat(reader.getRowGroups().get(0).getColumns())
                    .extracting(column -> column.getPath().toDotString() + " " + column.getEncodings()
                            .contains(Encoding.PLAIN_DICTIONARY))
                    .contains("category true", "point.x true", "point.label true");
        }
        assertThat(read(dir.resolve("out"), type)).containsExactlyInAnyOrderElementsOf(rows);
    }

    @Test
    void aProjectionReadsOnlyItsColumnsInItsOrder() throws Exception {
        Map<String, String> options = options(dir.resolve("out"));
        FileSystemFactory factory = new FileSystemFactory();
        writeAll(factory.createSink(context(EVERY_TYPE, options)), 1, everyTypeRows());
        List<Row> rows = drainAll(factory.createSource(context(EVERY_TYPE, List.of(19, 11, 18), options)), 1).get(0);
        assertThat(rows).containsExactly(Row.of(1L, "日本語 text", Row.of(7, "p", Row.of(-9L))),
                Row.of(2L, "", Row.of(null, null, null)), Row.of(3L, null, null));
    }

    private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
        GroupReaderBuilder(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    @Test
    void parquetHadoopsOwnReaderReadsTheSinksFileWithSqlLogicalTypes() throws Exception {
        Map<String, String> options = options(dir.resolve("out"));
        writeAll(new FileSystemFactory().createSink(context(EVERY_TYPE, options)), 1, everyTypeRows());
        Path file = partFiles().get(0);
        MessageType schema;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            schema = reader.getFooter().getFileMetaData().getSchema();
        }
        assertThat(schema.getType("ti").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.intType(8, true));
        assertThat(schema.getType("si").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.intType(16, true));
        assertThat(schema.getType("dec_small").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.decimalType(2, 5));
        assertThat(schema.getType("dec_big").asPrimitiveType().getPrimitiveTypeName())
                .isEqualTo(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY);
        assertThat(schema.getType("vc").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.stringType());
        assertThat(schema.getType("day").getLogicalTypeAnnotation()).isEqualTo(LogicalTypeAnnotation.dateType());
        assertThat(schema.getType("tod").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.timeType(false, TimeUnit.MILLIS));
        assertThat(schema.getType("ts").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.timestampType(false, TimeUnit.MILLIS));
        assertThat(schema.getType("ts_ltz").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.timestampType(true, TimeUnit.MILLIS));
        assertThat(schema.getType("point").isPrimitive()).isFalse();
        assertThat(schema.getType("id").getRepetition()).isEqualTo(Type.Repetition.REQUIRED);
        assertThat(schema.getType("i").getRepetition()).isEqualTo(Type.Repetition.OPTIONAL);

        List<Group> groups = new ArrayList<>();
        try (ParquetReader<Group> reader = new GroupReaderBuilder(new LocalInputFile(file)).build()) {
            for (Group group = reader.read(); group != null; group = reader.read()) {
                groups.add(group);
            }
        }
        assertThat(groups).hasSize(3);
        Group first = groups.get(0);
        assertThat(first.getString("vc", 0)).isEqualTo("日本語 text");
        assertThat(first.getLong("ts", 0)).isEqualTo(1_767_225_600_123L);
        assertThat(BigDecimal.valueOf(first.getInteger("dec_small", 0), 2)).isEqualTo(new BigDecimal("-999.99"));
        assertThat(first.getGroup("point", 0).getGroup("inner", 0).getLong("z", 0)).isEqualTo(-9L);
        assertThat(groups.get(2).getFieldRepetitionCount("i")).isZero();
    }

    @Test
    void aFileThatIsNotParquetFailsWithAnErrorNamingIt() throws Exception {
        Path notParquet = dir.resolve("notes.parquet");
        Files.writeString(notParquet, "id,name\n1,a\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(dir, EVERY_TYPE))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'" + notParquet + "'")
                .hasMessageContaining("Parquet");
    }

    @Test
    void aFileCompressedWithACodecWeirLacksFailsNamingTheFileAndCodec() throws Exception {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.intType(64, true)).named("id")
                .named("spark_schema");
        Path file = dir.resolve("gzip.parquet");
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.GZIP)
                .build()) {
            writer.write(new SimpleGroupFactory(schema).newGroup().append("id", 1L));
        }
        RowType type = RowType.of(List.of("id"), List.of(DataType.of(TypeRoot.BIGINT)));
        assertThatThrownBy(() -> read(dir, type))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'" + file + "'")
                .hasMessageContaining("GZIP");
    }

    @Test
    void aTruncatedParquetFileFailsWithAnErrorNamingIt() throws Exception {
        Map<String, String> options = options(dir.resolve("out"));
        writeAll(new FileSystemFactory().createSink(context(EVERY_TYPE, options)), 1, everyTypeRows());
        Path file = partFiles().get(0);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOfRange(bytes, 0, bytes.length / 2));
        assertThatThrownBy(() -> read(dir.resolve("out"), EVERY_TYPE))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'" + file + "'");
    }

    @Test
    void aColumnTheFileLacksFailsWithAnErrorNamingFileAndColumn() throws Exception {
        Map<String, String> options = options(dir.resolve("out"));
        writeAll(new FileSystemFactory().createSink(context(EVERY_TYPE, options)), 1, everyTypeRows());
        RowType other = RowType.of(List.of("id", "missing"),
                List.of(DataType.of(TypeRoot.BIGINT).withNullable(false), DataType.string()));
        assertThatThrownBy(() -> read(dir.resolve("out"), other))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("'" + partFiles().get(0) + "' has no column 'missing'");
    }

    @Test
    void aColumnOfAnotherTypeFailsWithAnErrorNamingFileColumnAndTypes() throws Exception {
        Map<String, String> options = options(dir.resolve("out"));
        writeAll(new FileSystemFactory().createSink(context(EVERY_TYPE, options)), 1, everyTypeRows());
        RowType other = RowType.of(List.of("vc"), List.of(DataType.of(TypeRoot.INTEGER)));
        assertThatThrownBy(() -> read(dir.resolve("out"), other))
                .isInstanceOf(WeirException.class)
                .hasMessageContaining("Column 'vc' of file '" + partFiles().get(0) + "'")
                .hasMessageContaining("cannot be read as INT");
    }

    @Test
    void aPreparedPartFileIsCompleteParquetButHiddenUntilItsCheckpointCommits() throws Exception {
        Map<String, String> options = options(dir.resolve("out"));
        Sink sink = new FileSystemFactory().createSink(context(EVERY_TYPE, options));
        try (SinkWriter writer = sink.createWriter(new SinkContext("job", 0, 1))) {
            writer.open();
            for (Row row : everyTypeRows()) {
                writer.write(ChangeKind.INSERT, row);
            }
            List<Row> pending = writer.prepareCommit(1);
            assertThat(partFiles()).isEmpty();
            Path inProgress = dir.resolve("out").resolve(pending.get(0).getString(1));
            assertThat(read(inProgress, EVERY_TYPE)).containsExactlyElementsOf(everyTypeRows());
            writer.commit(1);
            assertThat(partFiles()).hasSize(1);
            assertThat(read(dir.resolve("out"), EVERY_TYPE)).containsExactlyElementsOf(everyTypeRows());
        }
    }
}
