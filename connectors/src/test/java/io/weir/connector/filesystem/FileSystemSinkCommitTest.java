package io.weir.connector.filesystem;

import static io.weir.connector.CollectingOutput.context;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.connector.PositionsHarness;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemSinkCommitTest {
    private static final RowType TYPE = RowType.of(List.of("id", "name"),
            List.of(DataType.of(TypeRoot.INTEGER), DataType.string()));

    @TempDir
    Path dir;

    private Map<String, String> options(String format) {
        Map<String, String> options = new HashMap<>();
        options.put("connector", "filesystem");
        options.put("path", dir.resolve("out").toString());
        options.put("format", format);
        return options;
    }

    /** A new planning of the sink, as after a process restart. */
    private Sink plan(String format) {
        return new FileSystemFactory().createSink(context(TYPE, options(format)));
    }

    private SinkWriter open(String format, SinkContext context) throws Exception {
        SinkWriter writer = plan(format).createWriter(context);
        writer.open();
        return writer;
    }

    private SinkWriter open(String format) throws Exception {
        return open(format, new SinkContext("job", 0, 1));
    }

    private static void write(SinkWriter writer, int from, int to) throws Exception {
        for (int id = from; id < to; id++) {
            writer.write(ChangeKind.INSERT, Row.of(id, "row " + id));
        }
    }

    private static List<Row> rows(int from, int to) {
        List<Row> rows = new ArrayList<>();
        for (int id = from; id < to; id++) {
            rows.add(Row.of((long) id, "row " + id));
        }
        return rows;
    }

    /** What a reader of the table sees, through Weir's own filesystem source. */
    private List<Row> visible(String format) throws Exception {
        return PositionsHarness.readAll(new FileSystemFactory().createSource(context(TYPE, options(format))), 1);
    }

    private List<String> hiddenFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void onlyRowsOfCommittedCheckpointsAreVisible() throws Exception {
        SinkWriter writer = open("csv");
        write(writer, 0, 10);
        writer.prepareCommit(1);
        write(writer, 10, 20);
        writer.prepareCommit(2);
        write(writer, 20, 25);
        writer.commit(1);
        assertThat(visible("csv")).containsExactlyInAnyOrderElementsOf(rows(0, 10));
    }

    @Test
    void aCommitMakesVisibleTheFilesOfEarlierCheckpointsToo() throws Exception {
        SinkWriter writer = open("json");
        write(writer, 0, 10);
        writer.prepareCommit(1);
        write(writer, 10, 20);
        writer.prepareCommit(2);
        writer.commit(2);
        assertThat(visible("json")).containsExactlyInAnyOrderElementsOf(rows(0, 20));
    }

    @Test
    void preparedFilesAreDurableAndNamedInThePendingCommitRows() throws Exception {
        SinkWriter writer = open("csv");
        write(writer, 0, 3);
        List<Row> pending = writer.prepareCommit(1);
        assertThat(pending).singleElement().satisfies(row -> {
            assertThat(row.getInt(0)).isZero();
            assertThat(row.getString(1)).startsWith(".part-").endsWith(".inprogress");
            assertThat(Files.readString(dir.resolve("out").resolve(row.getString(1)))).isEqualTo(
                    "0,row 0\n1,row 1\n2,row 2\n");
            assertThat(row.getString(2)).matches("part-[0-9a-f-]{36}-0-0\\.csv");
        });
    }

    @Test
    void aCheckpointWithoutNewRowsPreparesNoNewFile() throws Exception {
        SinkWriter writer = open("csv");
        write(writer, 0, 3);
        writer.prepareCommit(1);
        writer.commit(1);
        assertThat(writer.prepareCommit(2)).isEmpty();
    }

    @Test
    void aPendingCommitStaysInTheRowsOfLaterCheckpointsUntilCommitted() throws Exception {
        SinkWriter writer = open("csv");
        write(writer, 0, 3);
        List<Row> first = writer.prepareCommit(1);
        write(writer, 3, 6);
        List<Row> second = writer.prepareCommit(2);
        assertThat(second).hasSize(2).contains(first.get(0));
    }

    @Test
    void aRestoreAfterACrashShowsExactlyTheCommittedRowsThenTheReplayedOnes() throws Exception {
        SinkWriter crashed = open("csv");
        write(crashed, 0, 10);
        List<Row> pendingOfOne = crashed.prepareCommit(1);
        write(crashed, 10, 20);
        crashed.prepareCommit(2);
        write(crashed, 20, 25);
        // The process dies: the writer is dropped without commit or close, and checkpoint 1 was the last completed.

        SinkWriter restored = open("csv", new SinkContext("job", 0, 1, pendingOfOne));
        assertThat(visible("csv")).containsExactlyInAnyOrderElementsOf(rows(0, 10));
        assertThat(hiddenFiles()).isEmpty();
        write(restored, 10, 25);
        restored.finish();
        restored.close();
        assertThat(visible("csv")).containsExactlyInAnyOrderElementsOf(rows(0, 25));
    }

    @Test
    void committingTheRestoredFilesAgainIsHarmless() throws Exception {
        SinkWriter writer = open("csv");
        write(writer, 0, 10);
        List<Row> pending = writer.prepareCommit(1);
        writer.commit(1);
        writer.commit(1);
        open("csv", new SinkContext("job", 0, 1, pending)).close();
        assertThat(visible("csv")).containsExactlyInAnyOrderElementsOf(rows(0, 10));
    }

    @Test
    void aRestoreAtLowerParallelismCommitsTheFilesOfEveryOldSubtask() throws Exception {
        List<Row> pending = new ArrayList<>();
        for (int subtask = 0; subtask < 3; subtask++) {
            SinkWriter writer = open("csv", new SinkContext("job", subtask, 3));
            write(writer, subtask * 10, subtask * 10 + 10);
            pending.addAll(writer.prepareCommit(1));
            write(writer, 100 + subtask, 101 + subtask);
        }
        SinkWriter first = open("csv", new SinkContext("job", 0, 2, pending));
        SinkWriter second = open("csv", new SinkContext("job", 1, 2, pending));
        assertThat(visible("csv")).containsExactlyInAnyOrderElementsOf(rows(0, 30));
        assertThat(hiddenFiles()).isEmpty();
        first.close();
        second.close();
    }

    @Test
    void aRestoreLeavesTheInProgressFilesOfOtherJobsAlone() throws Exception {
        SinkWriter other = open("csv", new SinkContext("other-job", 0, 1));
        write(other, 0, 3);
        open("csv", new SinkContext("job", 0, 1, List.of())).close();
        assertThat(hiddenFiles()).singleElement().satisfies(name -> assertThat(name).endsWith(".other-job.inprogress"));
    }

    @Test
    void aPendingFileThatVanishedFailsTheRestoreNamingIt() throws Exception {
        SinkWriter writer = open("csv");
        write(writer, 0, 3);
        List<Row> pending = writer.prepareCommit(1);
        Files.delete(dir.resolve("out").resolve(pending.get(0).getString(1)));
        assertThatThrownBy(() -> open("csv", new SinkContext("job", 0, 1, pending)))
                .isInstanceOf(WeirException.class)
                .satisfies(e -> assertThat(((WeirException) e).code()).isEqualTo(ErrorCode.IO_ERROR))
                .hasMessageContaining(pending.get(0).getString(2));
    }

    @Test
    void finishWithoutCheckpointsMakesEveryRowVisibleInOneFile() throws Exception {
        SinkWriter writer = open("csv");
        write(writer, 0, 5);
        writer.finish();
        writer.close();
        assertThat(visible("csv")).containsExactlyInAnyOrderElementsOf(rows(0, 5));
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                    .matches("part-[0-9a-f-]{36}-0-0\\.csv"));
        }
    }
}
