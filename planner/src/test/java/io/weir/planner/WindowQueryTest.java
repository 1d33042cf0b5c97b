package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.computed;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.parseExpression;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.type;
import static io.weir.planner.TestCatalog.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;
import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.Explain;
import io.weir.runtime.row.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WindowQueryTest {
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("timed", List.of(
                Row.of("a", 1L, 1_000L),
                Row.of("b", 2L, 4_000L),
                Row.of("a", 3L, 12_000L)));
        String watermark = "ts - INTERVAL '1' SECOND";
        catalog = new TestCatalog().add(new CreateTable(SourceSpan.at(1, 1), "CREATE TABLE timed", ObjectName.of("timed"),
                false, List.of(column("item", type("STRING")), column("price", type("BIGINT")),
                        column("ts", type("TIMESTAMP", 3)), computed("pt", "PROCTIME()")),
                Optional.of(new CreateTable.Watermark("ts", parseExpression(watermark), watermark, SourceSpan.at(1, 1))),
                List.of(), Optional.empty(), memory("timed")));
        // The 'a' row at 20 s moves the watermark past the first window before the 'b' row at 2 s arrives.
        MemoryConnector.ROWS.put("kinds", List.of(
                Row.of("b", 1L, 1_000L),
                Row.of("a", 2L, 20_000L),
                Row.of("b", 3L, 2_000L)));
        String exact = "ts";
        catalog.add(new CreateTable(SourceSpan.at(1, 1), "CREATE TABLE kinds", ObjectName.of("kinds"),
                false, List.of(column("kind", type("STRING")), column("v", type("BIGINT")), column("ts", type("TIMESTAMP", 3))),
                Optional.of(new CreateTable.Watermark("ts", parseExpression(exact), exact, SourceSpan.at(1, 1))),
                List.of(), Optional.empty(), memory("kinds")));
        catalog.add(view("b_kinds", "SELECT * FROM kinds WHERE kind = 'b'"));
    }

    private static List<Row> run(String sql, int parallelism) throws Exception {
        return DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), new PlannerOptions(parallelism, Map.of())));
    }

    private static String explain(String sql) {
        return Planner.create(catalog).explain(new Explain(SourceSpan.at(1, 1), "EXPLAIN " + sql, query(sql)),
                new PlannerOptions(2, Map.of()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aTumbleTableFunctionAppendsEachRowsWindow(int parallelism) throws Exception {
        assertThat(run("SELECT item, window_start, window_end, window_time FROM TABLE(TUMBLE(TABLE timed, "
                + "DESCRIPTOR(ts), INTERVAL '10' SECOND))", parallelism)).containsExactlyInAnyOrder(
                Row.of("a", 0L, 10_000L, 9_999L), Row.of("b", 0L, 10_000L, 9_999L), Row.of("a", 10_000L, 20_000L, 19_999L));
    }

    @Test
    void aHopTableFunctionEmitsARowPerWindow() throws Exception {
        assertThat(run("SELECT price, window_start FROM TABLE(HOP(TABLE timed, DESCRIPTOR(ts), INTERVAL '5' SECOND, "
                + "INTERVAL '10' SECOND)) WHERE price = 3", 2)).containsExactlyInAnyOrder(
                Row.of(3L, 5_000L), Row.of(3L, 10_000L));
    }

    @Test
    void aCumulateTableFunctionEmitsEachGrowingWindow() throws Exception {
        assertThat(run("SELECT price, window_start, window_end FROM TABLE(CUMULATE(TABLE timed, DESCRIPTOR(ts), "
                + "INTERVAL '5' SECOND, INTERVAL '15' SECOND)) WHERE price = 3", 1)).containsExactlyInAnyOrder(
                Row.of(3L, 0L, 15_000L));
    }

    @Test
    void theSourceGeneratesWatermarksFromColumnsTheQueryDoesNotSelect() {
        String text = explain("SELECT item FROM timed");
        assertThat(text).contains("fields=[item, ts]").contains("watermark=[-(ts, 1000:INTERVAL SECOND)]");
    }

    @Test
    void aSessionTableFunctionWithoutAggregationIsRejected() {
        assertThatThrownBy(() -> run("SELECT * FROM TABLE(SESSION(TABLE timed PARTITION BY item, DESCRIPTOR(ts), "
                + "INTERVAL '5' SECOND))", 1)).hasMessageContaining("SESSION windows outside a window aggregation");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void legacyGroupWindowsAggregateEachSessionOfAKey(int parallelism) throws Exception {
        // a at 1 s and 12 s are more than the 5 s gap apart: two sessions; b at 4 s: one.
        assertThat(run("SELECT T.item, COUNT(*), SESSION_START(T.ts, INTERVAL '5' SECOND), "
                + "SESSION_END(T.ts, INTERVAL '5' SECOND) FROM timed T GROUP BY T.item, SESSION(T.ts, INTERVAL '5' SECOND)",
                parallelism)).containsExactlyInAnyOrder(
                Row.of("a", 1L, 1_000L, 6_000L), Row.of("a", 1L, 12_000L, 17_000L), Row.of("b", 1L, 4_000L, 9_000L));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aTumbleWindowAggregationEmitsOneRowPerWindowAndKey(int parallelism) throws Exception {
        assertThat(run("SELECT window_start, window_end, item, COUNT(*), SUM(price) FROM TABLE(TUMBLE(TABLE timed, "
                + "DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, item", parallelism))
                .containsExactlyInAnyOrder(Row.of(0L, 10_000L, "a", 1L, 1L), Row.of(0L, 10_000L, "b", 1L, 2L),
                        Row.of(10_000L, 20_000L, "a", 1L, 3L));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aHopWindowAggregationWithoutKeysCountsEveryWindow(int parallelism) throws Exception {
        assertThat(run("SELECT window_start, COUNT(*) FROM TABLE(HOP(TABLE timed, DESCRIPTOR(ts), INTERVAL '5' SECOND, "
                + "INTERVAL '10' SECOND)) GROUP BY window_start, window_end", parallelism)).containsExactlyInAnyOrder(
                Row.of(-5_000L, 2L), Row.of(0L, 2L), Row.of(5_000L, 1L), Row.of(10_000L, 1L));
    }

    @Test
    void aFilterOnAWatermarkedTableStaysOutOfTheSource() {
        String text = explain("SELECT item FROM timed WHERE price > 1");
        assertThat(text).contains("where=[>(price, 1)]").doesNotContain("filter=[");
    }

    @Test
    void rowsTheFilterRejectsStillAdvanceTheWatermark() throws Exception {
        // As in Flink: the rejected 'a' row at 20 s closes [0 s, 10 s) with the 'b' row at 1 s; the 'b' row at 2 s is late.
        assertThat(run("SELECT window_start, COUNT(*), SUM(v) FROM TABLE(TUMBLE(TABLE b_kinds, DESCRIPTOR(ts), "
                + "INTERVAL '10' SECOND)) GROUP BY window_start, window_end", 1)).containsExactly(Row.of(0L, 1L, 1L));
    }

    @Test
    void aTumbleWindowAggregationKeepsTheFirstAndLastValueOfEachWindow() throws Exception {
        assertThat(run("SELECT window_start, FIRST_VALUE(item), LAST_VALUE(item), LAST_VALUE(price) FROM TABLE(TUMBLE("
                + "TABLE timed, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end", 1))
                .containsExactlyInAnyOrder(Row.of(0L, "a", "b", 2L), Row.of(10_000L, "a", "a", 3L));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aWhereBetweenTheWindowFunctionAndGroupByStillMakesAWindowAggregation(int parallelism) throws Exception {
        String sql = "SELECT window_start, window_end, item, COUNT(*), SUM(price) FROM TABLE(TUMBLE(TABLE timed, "
                + "DESCRIPTOR(ts), INTERVAL '10' SECOND)) WHERE price > 1 GROUP BY window_start, window_end, item";
        assertThat(explain(sql)).contains("WindowAggregate").doesNotContain("changelogMode=[I,UB,UA,D]");
        assertThat(run(sql, parallelism)).containsExactlyInAnyOrder(
                Row.of(0L, 10_000L, "b", 1L, 2L), Row.of(10_000L, 20_000L, "a", 1L, 3L));
    }
}
