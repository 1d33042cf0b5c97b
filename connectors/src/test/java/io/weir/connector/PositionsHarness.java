package io.weir.connector;

import io.weir.runtime.row.Row;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a source part way at one parallelism, records every reader's positions as a checkpoint would, and resumes
 * from them at another parallelism, possibly through another instance of the source (as after a process crash).
 */
public final class PositionsHarness {
    /** The rows the readers emitted before the snapshot, and the positions they recorded then. */
    public record Snapshot(List<Row> rowsBefore, List<Row> positions) {
    }

    private PositionsHarness() {
    }

    /**
     * Opens every reader of {@code source} at {@code parallelism}, polls reader {@code i} {@code polls[i]} times
     * (fewer if it ends), then snapshots every reader's positions and closes them all.
     */
    public static Snapshot readPartWay(Source source, int parallelism, int... polls) throws Exception {
        return resumePartWay(source, parallelism, List.of(), polls);
    }

    /** Like {@link #readPartWay}, the readers first restoring {@code restored} (a fresh start if empty). */
    public static Snapshot resumePartWay(Source source, int parallelism, List<Row> restored, int... polls)
            throws Exception {
        CollectingOutput out = new CollectingOutput();
        List<Row> positions = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            try (SourceReader reader = source.createReader(new SourceContext("job", i, parallelism, restored))) {
                reader.open();
                for (int p = 0; p < polls[i]; p++) {
                    if (pollOnce(reader, out) == ReadStatus.END_OF_INPUT) {
                        break;
                    }
                }
                for (Row position : reader.snapshotPositions()) {
                    positions.add(position.copy());
                }
            }
        }
        return new Snapshot(out.rows, positions);
    }

    /** Every row the readers of {@code source} at {@code parallelism} emit after restoring {@code positions}. */
    public static List<Row> resume(Source source, int parallelism, List<Row> positions) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            rows.addAll(CollectingOutput.drain(source.createReader(new SourceContext("job", i, parallelism,
                    positions))));
        }
        return rows;
    }

    /** Every row of an uninterrupted run at {@code parallelism}. */
    public static List<Row> readAll(Source source, int parallelism) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (List<Row> subtaskRows : CollectingOutput.drainAll(source, parallelism)) {
            rows.addAll(subtaskRows);
        }
        return rows;
    }

    /** The rows before the snapshot followed by those after a resume. */
    public static List<Row> union(Snapshot snapshot, List<Row> after) {
        List<Row> all = new ArrayList<>(snapshot.rowsBefore());
        all.addAll(after);
        return all;
    }

    private static ReadStatus pollOnce(SourceReader reader, CollectingOutput out) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        ReadStatus status = reader.pollNext(out);
        while (status == ReadStatus.NOTHING_AVAILABLE) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("reader had nothing available for 30 s");
            }
            status = reader.pollNext(out);
        }
        return status;
    }
}
