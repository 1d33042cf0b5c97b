package io.weir.connector.datagen;

import static io.weir.connector.CollectingOutput.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.connector.PositionsHarness;
import io.weir.connector.PositionsHarness.Snapshot;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.Source;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataGenPositionsTest {
    private static final RowType TYPE = RowType.of(List.of("id", "score", "label", "ratio"),
            List.of(DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.INTEGER), DataType.string(),
                    DataType.of(TypeRoot.DOUBLE)));

    /** A new planning of the same table: another instance, with a seed of its own. */
    private static Source plan(Map<String, String> extra) {
        Map<String, String> options = new HashMap<>(extra);
        options.put("connector", "datagen");
        options.put("rows-per-second", "1000000000000");
        options.put("fields.score.null-rate", "0.1");
        options.put("fields.label.length", "6");
        return new DataGenFactory().createSource(context(TYPE, options));
    }

    private static Source bounded() {
        return plan(Map.of("number-of-rows", "10000"));
    }

    @Test
    void positionsRecordTheNextRowOfEverySplitWithTheSplitCountAndSeed() throws Exception {
        Snapshot snapshot = PositionsHarness.readPartWay(bounded(), 2, 2, 1);
        assertThat(snapshot.positions()).hasSize(2).allSatisfy(p -> assertThat(p.getInt(1)).isEqualTo(2));
        assertThat(snapshot.positions()).extracting(p -> p.getLong(2)).containsExactly(2000L, 6000L);
        long seed = snapshot.positions().get(0).getLong(3);
        assertThat(snapshot.positions()).extracting(p -> p.getLong(3)).containsOnly(seed);
    }

    @Test
    void resumingAtParallelismOneAddsExactlyTheRowsTheUninterruptedRunHadLeft() throws Exception {
        Source source = bounded();
        Snapshot snapshot = PositionsHarness.readPartWay(source, 2, 3, 1);
        List<Row> after = PositionsHarness.resume(bounded(), 1, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(source, 2));
    }

    @Test
    void resumingAtParallelismThreeAddsExactlyTheRowsTheUninterruptedRunHadLeft() throws Exception {
        Source source = bounded();
        Snapshot snapshot = PositionsHarness.readPartWay(source, 2, 1, 4);
        List<Row> after = PositionsHarness.resume(bounded(), 3, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(source, 2));
    }

    @Test
    void aRestoreOfARestoreStillKeepsTheFirstRunsSplits() throws Exception {
        Source source = bounded();
        Snapshot first = PositionsHarness.readPartWay(source, 2, 2, 1);
        Snapshot second = PositionsHarness.resumePartWay(bounded(), 3, first.positions(), 1, 1, 1);
        List<Row> after = PositionsHarness.resume(bounded(), 1, second.positions());
        List<Row> all = PositionsHarness.union(first, PositionsHarness.union(second, after));
        assertThat(all).containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(source, 2));
    }

    @Test
    void anUnboundedSourceResumesEachSplitWhereItStopped() throws Exception {
        Source source = plan(Map.of());
        Snapshot snapshot = PositionsHarness.readPartWay(source, 2, 2, 3);
        Snapshot resumed = PositionsHarness.resumePartWay(plan(Map.of()), 3, snapshot.positions(), 1, 1, 1);
        Snapshot uninterrupted = PositionsHarness.readPartWay(source, 2, 3, 4);
        List<Row> all = PositionsHarness.union(snapshot, resumed.rowsBefore());
        assertThat(all).containsExactlyInAnyOrderElementsOf(uninterrupted.rowsBefore());
    }

    @Test
    void twoSplitsOfAnUnboundedSourceMakeDifferentRows() throws Exception {
        Snapshot snapshot = PositionsHarness.readPartWay(plan(Map.of()), 2, 1, 1);
        assertThat(snapshot.rowsBefore()).hasSize(2000).doesNotHaveDuplicates();
    }
}
