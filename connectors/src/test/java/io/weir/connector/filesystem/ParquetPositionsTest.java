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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetPositionsTest {
    private static final RowType TYPE = RowType.of(List.of("id", "name"),
            List.of(DataType.of(TypeRoot.BIGINT).withNullable(false), DataType.string()));
    private static final int ROWS = 12_000;

    @TempDir
    Path dir;

    private Map<String, String> options() {
        Map<String, String> options = new HashMap<>();
        options.put("connector", "filesystem");
        options.put("path", dir.toString());
        options.put("format", "parquet");
        // Small row groups, so a resume skips whole groups and then rows inside one.
        options.put("parquet.block.size", "4096");
        return options;
    }

    /** Five part files (the sink at parallelism 5) of 2,400 distinct rows each, in many row groups. */
    private void writeFiles() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (long id = 0; id < ROWS; id++) {
            rows.add(Row.of(id, id % 13 == 0 ? null : "name-" + id));
        }
        ParquetFormatTest.writeAll(new FileSystemFactory().createSink(context(TYPE, options())), 5, rows);
    }

    private Source plan() {
        return new FileSystemFactory().createSource(context(TYPE, options()));
    }

    @Test
    void theSinksFilesHoldSeveralRowGroups() throws Exception {
        writeFiles();
        try (Stream<Path> files = Files.list(dir)) {
            Path first = files.sorted().findFirst().orElseThrow();
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(first))) {
                assertThat(reader.getRowGroups()).hasSizeGreaterThan(3);
            }
        }
    }

    @Test
    void resumedAtAnotherParallelismTheRowsBeforeAndAfterAreEveryRowExactlyOnce() throws Exception {
        writeFiles();
        Snapshot snapshot = PositionsHarness.readPartWay(plan(), 2, 3, 2);
        List<Row> after = PositionsHarness.resume(plan(), 3, snapshot.positions());
        List<Row> all = PositionsHarness.readAll(plan(), 1);
        assertThat(all).hasSize(ROWS);
        assertThat(snapshot.rowsBefore()).hasSize(5_000);
        assertThat(PositionsHarness.union(snapshot, after)).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aPositionInsideAFileCountsTheRowsReadFromIt() throws Exception {
        writeFiles();
        // Reader 0 of 2 owns files 0, 2 and 4 of 2,400 rows: three polls of 1,000 rows stop 600 rows into file 2.
        Snapshot snapshot = PositionsHarness.readPartWay(plan(), 2, 3, 0);
        assertThat(snapshot.positions()).extracting(p -> p.getBoolean(4))
                .containsExactly(true, false, false, false, false);
        assertThat(snapshot.positions().get(1).getLong(2)).isEqualTo(600);
        assertThat(snapshot.positions().get(1).getLong(3)).isZero();
        List<Row> after = PositionsHarness.resume(plan(), 1, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(plan(), 1));
    }
}
