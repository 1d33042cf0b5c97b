package io.weir.connector.filesystem;

import static io.weir.connector.CollectingOutput.context;
import static io.weir.connector.CollectingOutput.drain;
import static io.weir.connector.CollectingOutput.drainAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
    private static final RowType ITEM = RowType.of(List.of("id", "name", "price"),
            List.of(DataType.of(TypeRoot.INTEGER), DataType.string(), DataType.decimal(10, 2)));

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Source source(Path path, RowType type, List<Integer> projection, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(extra);
        options.put("connector", "filesystem");
        options.put("path", path.toString());
        options.put("format", "csv");
        return new FileSystemFactory().createSource(context(type, projection, options));
    }

    private List<Row> read(Path path, RowType type, Map<String, String> extra) throws Exception {
        return drainAll(source(path, type, IntStream.range(0, type.arity()).boxed().toList(), extra), 1).get(0);
    }

    @Test
    void readsTypedValuesFromEachLine() throws Exception {
        Path file = write("a.csv", "1,book,12.5\n2,pen,3\n");
        assertThat(read(file, ITEM, Map.of())).containsExactly(
                Row.of(1L, "book", new BigDecimal("12.50")), Row.of(2L, "pen", new BigDecimal("3.00")));
    }

    @Test
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks() throws Exception {
        Path file = write("a.csv", "1,\"a, \"\"quoted\"\"\nline\",1\r\n2,\"\",2\n");
        assertThat(read(file, ITEM, Map.of())).containsExactly(
                Row.of(1L, "a, \"quoted\"\nline", new BigDecimal("1.00")), Row.of(2L, "", new BigDecimal("2.00")));
    }

    @Test
    void fieldDelimiterAndQuoteCharacterAreConfigurable() throws Exception {
        Path file = write("a.csv", "1\t'x\ty'\t2\n");
        assertThat(read(file, ITEM, Map.of("csv.field-delimiter", "\\t", "csv.quote-character", "'")))
                .containsExactly(Row.of(1L, "x\ty", new BigDecimal("2.00")));
    }

    @Test
    void emptyStringFieldIsTheEmptyString() throws Exception {
        Path file = write("a.csv", "1,,2\n");
        assertThat(read(file, ITEM, Map.of())).containsExactly(Row.of(1L, "", new BigDecimal("2.00")));
    }

    @Test
    void emptyFieldOfANumericColumnIsAnErrorWithoutNullLiteral() throws Exception {
        Path file = write("a.csv", "1,a,\n");
        assertThatThrownBy(() -> read(file, ITEM, Map.of()))
                .isInstanceOf(WeirException.class)
                .hasMessageStartingWith("Cannot parse '' as DECIMAL(10, 2) for column 'price' in file '" + file
                        + "' at line 1, field 3");
    }

    @Test
    void fieldsEqualToTheNullLiteralAreNull() throws Exception {
        Path file = write("a.csv", "1,\\N,\\N\n\\N,x,\\N\n");
        assertThat(read(file, ITEM, Map.of("csv.null-literal", "\\N"))).containsExactly(
                Row.of(1L, null, null), Row.of(null, "x", null));
    }

    @Test
    void emptyNullLiteralMakesEmptyFieldsNull() throws Exception {
        Path file = write("a.csv", "1,,\n");
        assertThat(read(file, ITEM, Map.of("csv.null-literal", ""))).containsExactly(Row.of(1L, null, null));
    }

    @Test
    void commentLinesAreSkippedWhenAllowed() throws Exception {
        Path file = write("a.csv", "# header\n1,a,1\n\n# more\n2,b,2\n");
        assertThat(read(file, ITEM, Map.of("csv.allow-comments", "true"))).extracting(r -> r.getLong(0))
                .containsExactly(1L, 2L);
    }

    @Test
    void malformedRecordErrorNamesFileLineFieldAndColumn() throws Exception {
        Path file = write("a.csv", "1,a,1\n2,b,2\nabc,c,3\n");
        assertThatThrownBy(() -> read(file, ITEM, Map.of()))
                .isInstanceOf(WeirException.class)
                .satisfies(e -> assertThat(((WeirException) e).code()).isEqualTo(ErrorCode.DATA_ERROR))
                .hasMessageStartingWith("Cannot parse 'abc' as INT for column 'id' in file '" + file
                        + "' at line 3, field 1")
                .hasMessageContaining("'csv.ignore-parse-errors'");
    }

    @Test
    void lineNumbersCountLineBreaksInsideQuotedFields() throws Exception {
        Path file = write("a.csv", "1,\"two\nlines\",1\n2,b,x\n");
        assertThatThrownBy(() -> read(file, ITEM, Map.of())).hasMessageContaining("at line 3, field 3");
    }

    @Test
    void wrongFieldCountIsAnError() throws Exception {
        Path file = write("a.csv", "1,a,1\n2,b\n");
        assertThatThrownBy(() -> read(file, ITEM, Map.of()))
                .hasMessageStartingWith("Expected 3 fields but found 2 in file '" + file + "' at line 2");
    }

    @Test
    void ignoredParseErrorsAreSkippedAndCounted() throws Exception {
        Path file = write("a.csv", "1,a,1\nx,b,2\n3,c\n4,d,4\n");
        Source source = source(file, ITEM, List.of(0, 1, 2), Map.of("csv.ignore-parse-errors", "true"));
        FileSystemReader reader = (FileSystemReader) source.createReader(new SourceContext("job", 0, 1));
        List<Row> rows = drain(reader);
        assertThat(rows).extracting(r -> r.getLong(0)).containsExactly(1L, 4L);
        assertThat(reader.skippedRecords()).isEqualTo(2);
    }

    @Test
    void unterminatedQuoteIsAnError() throws Exception {
        Path file = write("a.csv", "1,\"open,1\n");
        assertThatThrownBy(() -> read(file, ITEM, Map.of())).hasMessageStartingWith("Unterminated quoted field");
    }

    @Test
    void dateTimeAndBooleanTextsParseAsFlinkWritesThem() throws Exception {
        RowType type = RowType.of(List.of("b", "d", "t", "ts", "ltz", "f"),
                List.of(DataType.of(TypeRoot.BOOLEAN), DataType.of(TypeRoot.DATE), DataType.of(TypeRoot.TIME),
                        DataType.of(TypeRoot.TIMESTAMP, 3), DataType.of(TypeRoot.TIMESTAMP_LTZ, 3),
                        DataType.of(TypeRoot.DOUBLE)));
        Path file = write("a.csv", "true,2026-01-01,10:00:00,2026-01-01 10:00:00.5,2026-01-01 10:00:00Z,1.0E-5\n"
                + "FALSE,2024-02-29,23:59:59.999,2026-01-01T10:00:00,2026-01-01 10:00:00.123,-2\n");
        long tenOClock = LocalDateTime.of(2026, 1, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        assertThat(read(file, type, Map.of())).containsExactly(
                Row.of(true, LocalDate.of(2026, 1, 1).toEpochDay(), 36_000_000L, tenOClock + 500, tenOClock, 1.0E-5),
                Row.of(false, LocalDate.of(2024, 2, 29).toEpochDay(), 86_399_999L, tenOClock, tenOClock + 123, -2.0));
    }

    @Test
    void invalidDateIsAParseError() throws Exception {
        RowType type = RowType.of(List.of("d"), List.of(DataType.of(TypeRoot.DATE)));
        Path file = write("a.csv", "2026-02-30\n");
        assertThatThrownBy(() -> read(file, type, Map.of()))
                .hasMessageStartingWith("Cannot parse '2026-02-30' as DATE for column 'd'");
    }

    @Test
    void integerOutOfItsTypesRangeIsAParseError() throws Exception {
        RowType type = RowType.of(List.of("s"), List.of(DataType.of(TypeRoot.SMALLINT)));
        Path file = write("a.csv", "40000\n");
        assertThatThrownBy(() -> read(file, type, Map.of())).hasMessageContaining("as SMALLINT");
    }

    @Test
    void extremeBigintsParse() throws Exception {
        RowType type = RowType.of(List.of("b"), List.of(DataType.of(TypeRoot.BIGINT)));
        Path file = write("a.csv", Long.MIN_VALUE + "\n" + Long.MAX_VALUE + "\n");
        assertThat(read(file, type, Map.of())).containsExactly(Row.of(Long.MIN_VALUE), Row.of(Long.MAX_VALUE));
    }

    @Test
    void projectionEmitsOnlyTheReadColumnsInOrderAndSkipsConvertingTheOthers() throws Exception {
        Path file = write("a.csv", "1,a,not-a-number\n");
        Source source = source(file, ITEM, List.of(1, 0), Map.of());
        assertThat(drainAll(source, 1).get(0)).containsExactly(Row.of("a", 1L));
    }

    @Test
    void aPushedFilterDropsRows() throws Exception {
        Path file = write("a.csv", "1,a,1\n2,b,2\n3,c,3\n");
        FilterableSource source = (FilterableSource) source(file, ITEM, List.of(0, 1, 2), Map.of());
        assertThat(drainAll(source.withFilter(r -> r.getLong(0) != 2, "id <> 2"), 1).get(0))
                .extracting(r -> r.getLong(0)).containsExactly(1L, 3L);
    }

    @Test
    void aDirectoryIsReadRecursivelySkippingHiddenAndUnderscoreFiles() throws Exception {
        write("a.csv", "1,a,1\n");
        write("sub/b.csv", "2,b,2\n");
        write(".c.csv.inprogress", "3,c,3\n");
        write("_SUCCESS", "garbage\n");
        write("_tmp/d.csv", "4,d,4\n");
        assertThat(read(dir, ITEM, Map.of())).extracting(r -> r.getLong(0)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aSingleFilePathReadsOnlyThatFile() throws Exception {
        Path file = write("a.csv", "1,a,1\n");
        write("b.csv", "2,b,2\n");
        assertThat(read(file, ITEM, Map.of())).extracting(r -> r.getLong(0)).containsExactly(1L);
    }

    @Test
    void filesAreDealtToSubtasksInTurn() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("f" + i + ".csv", i + ",x,1\n");
        }
        List<List<Row>> rows = drainAll(source(dir, ITEM, List.of(0, 1, 2), Map.of()), 2);
        assertThat(rows.get(0)).extracting(r -> r.getLong(0)).containsExactly(0L, 2L, 4L);
        assertThat(rows.get(1)).extracting(r -> r.getLong(0)).containsExactly(1L, 3L);
    }

    @Test
    void aMissingPathIsAnError() {
        Source source = source(dir.resolve("nowhere"), ITEM, List.of(0, 1, 2), Map.of());
        assertThatThrownBy(() -> source.createReader(new SourceContext("job", 0, 1)))
                .hasMessageContaining("does not exist");
    }

    @Test
    void rowColumnsAreNotSupportedByCsv() {
        RowType type = RowType.of(List.of("r"),
                List.of(DataType.row(List.of(new DataType.Field("a", DataType.of(TypeRoot.INTEGER))))));
        assertThatThrownBy(() -> source(dir, type, List.of(0), Map.of()))
                .hasMessageContaining("Column 'r' of type ROW<`a` INT> is not supported by the csv format");
    }
}
