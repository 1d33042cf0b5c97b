package io.weir.connector.filesystem;

import static io.weir.connector.CollectingOutput.context;
import static io.weir.connector.CollectingOutput.drain;
import static io.weir.connector.CollectingOutput.drainAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.WeirException;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSourceTest {
    private static final DataType ADDRESS = DataType.row(List.of(new DataType.Field("city", DataType.string()),
            new DataType.Field("zip", DataType.of(TypeRoot.INTEGER))));
    private static final RowType PERSON = RowType.of(List.of("id", "name", "score", "address"),
            List.of(DataType.of(TypeRoot.BIGINT), DataType.string(), DataType.decimal(5, 1), ADDRESS));

    @TempDir
    Path dir;

    private Path write(String content) throws Exception {
        Path file = dir.resolve("a.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Source source(Path path, RowType type, List<Integer> projection, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(extra);
        options.put("connector", "filesystem");
        options.put("path", path.toString());
        options.put("format", "json");
        return new FileSystemFactory().createSource(context(type, projection, options));
    }

    private List<Row> read(Path path, RowType type, Map<String, String> extra) throws Exception {
        return drainAll(source(path, type, IntStream.range(0, type.arity()).boxed().toList(), extra), 1).get(0);
    }

    @Test
    void readsFieldsByNameIncludingNestedRows() throws Exception {
        Path file = write("{\"name\":\"ann\",\"id\":1,\"score\":9.25,\"address\":{\"zip\":75001,\"city\":\"Paris\"}}\n");
        assertThat(read(file, PERSON, Map.of())).containsExactly(
                Row.of(1L, "ann", new BigDecimal("9.3"), Row.of("Paris", 75001L)));
    }

    @Test
    void missingAndNullFieldsAreNullAndUnknownFieldsAreIgnored() throws Exception {
        Path file = write("{\"id\":2,\"name\":null,\"extra\":{\"deep\":[1,2]}}\n\n");
        assertThat(read(file, PERSON, Map.of())).containsExactly(Row.of(2L, null, null, null));
    }

    @Test
    void numbersInStringsAndDatesAreConvertedPerColumnType() throws Exception {
        RowType type = RowType.of(List.of("i", "d", "b", "ts", "ltz"),
                List.of(DataType.of(TypeRoot.INTEGER), DataType.of(TypeRoot.DOUBLE), DataType.of(TypeRoot.BOOLEAN),
                        DataType.of(TypeRoot.TIMESTAMP, 3), DataType.of(TypeRoot.TIMESTAMP_LTZ, 3)));
        Path file = write("{\"i\":\"7\",\"d\":3,\"b\":true,\"ts\":\"2026-01-01 10:00:00.000\","
                + "\"ltz\":\"2026-01-01T10:00:00Z\"}\n");
        long tenOClock = LocalDateTime.of(2026, 1, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        assertThat(read(file, type, Map.of())).containsExactly(Row.of(7L, 3.0, true, tenOClock, tenOClock));
    }

    @Test
    void aValueOfTheWrongTypeNamesColumnFileAndLine() throws Exception {
        Path file = write("{\"id\":1}\n{\"id\":\"abc\"}\n");
        assertThatThrownBy(() -> read(file, PERSON, Map.of()))
                .isInstanceOf(WeirException.class)
                .hasMessageStartingWith("Cannot parse 'abc' as BIGINT for column 'id' in file '" + file
                        + "' at line 2")
                .hasMessageContaining("'json.ignore-parse-errors'");
    }

    @Test
    void aBadNestedValueNamesTheNestedColumn() throws Exception {
        Path file = write("{\"address\":{\"zip\":\"x\"}}\n");
        assertThatThrownBy(() -> read(file, PERSON, Map.of()))
                .hasMessageStartingWith("Cannot parse 'x' as INT for column 'address.zip'");
    }

    @Test
    void malformedJsonIsAnErrorWithItsLine() throws Exception {
        Path file = write("{\"id\":1}\n{\"id\":\n");
        assertThatThrownBy(() -> read(file, PERSON, Map.of()))
                .hasMessageStartingWith("Malformed JSON in file '" + file + "' at line 2: ");
    }

    @Test
    void ignoredParseErrorsAreSkippedAndCounted() throws Exception {
        Path file = write("{\"id\":1}\nnot json\n[1]\n{\"id\":true}\n{\"id\":5}\n");
        FileSystemReader reader = (FileSystemReader) source(file, PERSON, List.of(0, 1, 2, 3),
                Map.of("json.ignore-parse-errors", "true")).createReader(new SourceContext("job", 0, 1));
        assertThat(drain(reader)).extracting(r -> r.getLong(0)).containsExactly(1L, 5L);
        assertThat(reader.skippedRecords()).isEqualTo(3);
    }

    @Test
    void projectionReadsOnlyTheNamedColumns() throws Exception {
        Path file = write("{\"id\":1,\"name\":\"ann\",\"score\":\"not a number\"}\n");
        assertThat(drainAll(source(file, PERSON, List.of(1, 0), Map.of()), 1).get(0))
                .containsExactly(Row.of("ann", 1L));
    }
}
