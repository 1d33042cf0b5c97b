package io.weir.connector.filesystem;

import static io.weir.connector.CollectingOutput.context;
import static io.weir.connector.CollectingOutput.drainAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemSinkTest {
    private static final RowType TYPE = RowType.of(
            List.of("id", "name", "price", "day", "at", "instant", "data", "ok", "ratio"),
            List.of(DataType.of(TypeRoot.INTEGER), DataType.string(), DataType.decimal(10, 2),
                    DataType.of(TypeRoot.DATE), DataType.of(TypeRoot.TIMESTAMP, 3),
                    DataType.of(TypeRoot.TIMESTAMP_LTZ, 3), DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH),
                    DataType.of(TypeRoot.BOOLEAN), DataType.of(TypeRoot.DOUBLE)));
    private static final long TEN = LocalDateTime.of(2026, 1, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final List<Row> ROWS = List.of(
            Row.of(1, "plain", new BigDecimal("25.00"), LocalDate.of(2026, 1, 1).toEpochDay(), TEN, TEN + 5,
                    new byte[] {1, 2, 3}, true, 1.0E-5),
            Row.of(2, "a, \"quoted\"\nvalue", new BigDecimal("-1.50"), 0L, TEN - 1, 0L, new byte[0], false, -2.5),
            Row.of(3, "", null, null, null, null, null, null, null),
            Row.of(null, null, new BigDecimal("0.00"), -1L, 0L, -1L, new byte[] {-1}, true, 0.0));

    @TempDir
    Path dir;

    private Map<String, String> options(String format, Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(extra);
        options.put("connector", "filesystem");
        options.put("path", dir.resolve("out").toString());
        options.put("format", format);
        return options;
    }

    private void writeAll(Sink sink, int parallelism, List<Row> rows) throws Exception {
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

    private List<Row> roundTrip(String format, Map<String, String> extra) throws Exception {
        Map<String, String> options = options(format, extra);
        FileSystemFactory factory = new FileSystemFactory();
        writeAll(factory.createSink(context(TYPE, options)), 2, ROWS);
        List<Integer> all = IntStream.range(0, TYPE.arity()).boxed().toList();
        return drainAll(factory.createSource(context(TYPE, all, options)), 1).get(0);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> stream = Files.list(dir.resolve("out"))) {
            return stream.sorted().toList();
        }
    }

    @Test
    void csvPartFilesRoundTripThroughTheSource() throws Exception {
        assertThat(roundTrip("csv", Map.of("csv.null-literal", "\\N"))).containsExactlyInAnyOrderElementsOf(ROWS);
    }

    @Test
    void jsonPartFilesRoundTripThroughTheSource() throws Exception {
        assertThat(roundTrip("json", Map.of())).containsExactlyInAnyOrderElementsOf(ROWS);
    }

    @Test
    void partFilesAreNamedPerSubtaskWithTheFormatsExtension() throws Exception {
        writeAll(new FileSystemFactory().createSink(context(TYPE, options("csv", Map.of()))), 2, ROWS);
        assertThat(files()).extracting(p -> p.getFileName().toString())
                .hasSize(2)
                .allMatch(name -> name.matches("part-[0-9a-f-]{36}-[01]-0\\.csv"));
    }

    @Test
    void csvRendersValuesAsCastToStringQuotingOnlyWhereNeeded() throws Exception {
        writeAll(new FileSystemFactory().createSink(context(TYPE, options("csv", Map.of()))), 1, ROWS);
        List<String> lines = Files.readAllLines(files().get(0), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("1,plain,25.00,2026-01-01,2026-01-01 10:00:00.000,"
                + "2026-01-01 10:00:00.005Z,AQID,TRUE,1.0E-5");
        assertThat(lines.get(1)).isEqualTo("2,\"a, \"\"quoted\"\"");
        assertThat(lines.get(3)).isEqualTo("3,\"\",,,,,,,");
    }

    @Test
    void unfinishedFilesAreHiddenWhileWrittenAndRemovedWhenAbandoned() throws Exception {
        Sink sink = new FileSystemFactory().createSink(context(TYPE, options("csv", Map.of())));
        SinkWriter writer = sink.createWriter(new SinkContext("job", 0, 1));
        writer.open();
        writer.write(ChangeKind.INSERT, ROWS.get(0));
        assertThat(files()).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .startsWith(".part-").endsWith(".inprogress"));
        writer.close();
        assertThat(files()).isEmpty();
    }

    @Test
    void theSinkIsInsertOnly() throws Exception {
        Sink sink = new FileSystemFactory().createSink(context(TYPE, options("json", Map.of())));
        assertThat(sink.acceptedChanges()).isEqualTo(AcceptedChanges.INSERTS_ONLY);
        try (SinkWriter writer = sink.createWriter(new SinkContext("job", 0, 1))) {
            writer.open();
            assertThatThrownBy(() -> writer.write(ChangeKind.DELETE, ROWS.get(0)))
                    .hasMessageContaining("accepts only inserts");
        }
    }
}
