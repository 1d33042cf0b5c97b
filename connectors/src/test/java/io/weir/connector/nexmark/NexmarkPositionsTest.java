package io.weir.connector.nexmark;

import static io.weir.connector.CollectingOutput.context;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.connector.PositionsHarness;
import io.weir.connector.PositionsHarness.Snapshot;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NexmarkPositionsTest {
    /** A new planning of the benchmark table, which takes "now" as its base time unless told otherwise. */
    private static Source plan(String... keysAndValues) {
        Map<String, String> options = new HashMap<>();
        options.put("connector", "nexmark");
        options.put("first-event.rate", "10000");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            options.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new NexmarkFactory().createSource(context(NexmarkSourceTest.BENCHMARK_TABLE, options));
    }

    private static Source bounded() {
        return plan("events.num", "9000");
    }

    @Test
    void positionsRecordTheNextEventOfEverySplitWithTheSplitCountAndBaseTime() throws Exception {
        Source source = plan("events.num", "9000", "base-time", "1000");
        Snapshot snapshot = PositionsHarness.readPartWay(source, 3, 1, 2, 0);
        assertThat(snapshot.positions()).extracting(p -> p.getInt(0)).containsExactly(0, 1, 2);
        assertThat(snapshot.positions()).extracting(p -> p.getInt(1)).containsOnly(3);
        assertThat(snapshot.positions()).extracting(p -> p.getLong(2)).containsExactly(3000L, 6001L, 2L);
        assertThat(snapshot.positions()).extracting(p -> p.getLong(3)).containsOnly(1000L);
    }

    @Test
    void resumingAtParallelismOneContinuesTheSameEvents() throws Exception {
        Source source = bounded();
        Snapshot snapshot = PositionsHarness.readPartWay(source, 2, 2, 1);
        List<Row> after = PositionsHarness.resume(plan("events.num", "9000", "base-time", "0"), 1,
                snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(source, 2));
    }

    @Test
    void resumingAtParallelismThreeContinuesTheSameEvents() throws Exception {
        Source source = bounded();
        Snapshot snapshot = PositionsHarness.readPartWay(source, 2, 1, 3);
        List<Row> after = PositionsHarness.resume(bounded(), 3, snapshot.positions());
        assertThat(PositionsHarness.union(snapshot, after))
                .containsExactlyInAnyOrderElementsOf(PositionsHarness.readAll(source, 2));
    }

    @Test
    void aReaderOwningTwoSplitsEmitsRisingEventNumbers() throws Exception {
        Source source = plan("events.num", "9000", "base-time", "0");
        Snapshot snapshot = PositionsHarness.readPartWay(source, 2, 1, 1);
        List<Row> after = PositionsHarness.resume(source, 1, snapshot.positions());
        // Event times rise with event numbers: a reader holding both splits interleaves them in order.
        long previous = Long.MIN_VALUE;
        for (Row row : after) {
            long time = dateTime(row);
            assertThat(time).isGreaterThanOrEqualTo(previous);
            previous = time;
        }
        assertThat(after).hasSize(7000);
    }

    private static long dateTime(Row row) {
        int kind = row.getInt(0);
        Row event = (Row) row.getObject(kind + 1);
        return event.getLong(kind == NexmarkModel.PERSON ? 6 : 5);
    }
}
