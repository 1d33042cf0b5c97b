package io.weir.connector.filesystem;

import static io.weir.connector.CollectingOutput.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.connector.PositionsHarness;
import io.weir.connector.PositionsHarness.Snapshot;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.Source;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemPositionsTest {
    private static final RowType TYPE = RowType.of(List.of("id", "name"),
            List.of(DataType.of(TypeRoot.INTEGER), DataType.string()));
    private static final int FILES = 5;

    @TempDir
    Path dir;

    /**
     * Files of 1500 to 2700 rows whose names hold multi-byte characters, some a quoted line break; CSV lines end in
     * CRLF and comments and blank lines lie between records, so a resume must land exactly after a record.
     */
    private void writeFiles(String format) throws Exception {
        int id = 0;
        for (int f = 0; f < FILES; f++) {
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < 1500 + 300 * f; r++, id++) {
                String name = "näme-日本-" + id + (id % 7 == 0 ? "\nsecond line" : "");
                if (format.equals("csv")) {
                    text.append(id).append(",\"").append(name).append("\"\r\n");
                    if (id % 11 == 0) {
                        text.append("# a comment\r\n\r\n");
                    }
                } else {
                    text.append("{\"id\": ").append(id).append(", \"name\": \"").append(name.replace("\n", "\\n"))
                            .append("\"}\n");
                    if (id % 11 == 0) {
                        text.append("\n");
                    }
                }
            }
            Files.writeString(dir.resolve("f" + f + "." + format), text, StandardCharsets.UTF_8);
        }
    }

    private Source plan(String format) {
        Map<String, String> options = new HashMap<>();
        options.put("connector", "filesystem");
        options.put("path", dir.toString());
        options.put("format", format);
        if (format.equals("csv")) {
            options.put("csv.allow-comments", "true");
        }
        return new FileSystemFactory().createSource(context(TYPE, options));
    }

    @Test
    void csvResumedAtParallelismOneReadsEveryRowOnce() throws Exception {
        writeFiles("csv");
        Snapshot snapshot = PositionsHarness.readPartWay(plan("csv"), 2, 3, 2);
        List<Row> after = PositionsHarness.resume(plan("csv"), 1, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(plan("csv"), 2));
    }

    @Test
    void csvResumedAtParallelismThreeReadsEveryRowOnce() throws Exception {
        writeFiles("csv");
        Snapshot snapshot = PositionsHarness.readPartWay(plan("csv"), 2, 2, 5);
        List<Row> after = PositionsHarness.resume(plan("csv"), 3, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(plan("csv"), 2));
    }

    @Test
    void jsonResumedAtParallelismThreeReadsEveryRowOnce() throws Exception {
        writeFiles("json");
        Snapshot snapshot = PositionsHarness.readPartWay(plan("json"), 2, 4, 1);
        List<Row> after = PositionsHarness.resume(plan("json"), 3, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(plan("json"), 2));
    }

    @Test
    void jsonResumedAtParallelismOneReadsEveryRowOnce() throws Exception {
        writeFiles("json");
        Snapshot snapshot = PositionsHarness.readPartWay(plan("json"), 2, 1, 3);
        List<Row> after = PositionsHarness.resume(plan("json"), 1, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(plan("json"), 2));
    }

    @Test
    void positionsNameEveryFileOnceAndMarkFilesReadInFullAsDone() throws Exception {
        writeFiles("csv");
        // Reader 0 owns f0 (1500 rows), f2 and f4; two polls of 1000 rows finish f0 and stop inside f2.
        Snapshot snapshot = PositionsHarness.readPartWay(plan("csv"), 2, 2, 0);
        assertThat(snapshot.positions()).extracting(p -> p.getInt(0)).containsExactly(0, 2, 4, 1, 3);
        assertThat(snapshot.positions()).extracting(p -> Path.of(p.getString(1)).getFileName().toString())
                .containsExactly("f0.csv", "f2.csv", "f4.csv", "f1.csv", "f3.csv");
        assertThat(snapshot.positions()).extracting(p -> p.getBoolean(4))
                .containsExactly(true, false, false, false, false);
        Row insideF2 = snapshot.positions().get(1);
        assertThat(insideF2.getLong(2)).isGreaterThan(500);
        assertThat(insideF2.getLong(3)).isGreaterThan(insideF2.getLong(2));
    }

    @Test
    void aRestoreReadsTheFilesOfTheFirstRunNotANewListing() throws Exception {
        writeFiles("csv");
        Snapshot snapshot = PositionsHarness.readPartWay(plan("csv"), 1, 1);
        Files.writeString(dir.resolve("late.csv"), "999999,late\r\n", StandardCharsets.UTF_8);
        List<Row> after = PositionsHarness.resume(plan("csv"), 1, snapshot.positions());
        assertThat(after).extracting(r -> r.getInt(0)).doesNotContain(999999);
    }
}
