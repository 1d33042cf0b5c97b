package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.insert;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.parser.SourceSpan;
import io.weir.parser.statement.Explain;
import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GroupAggregationTest {
    private static final PlannerOptions ONE = new PlannerOptions(1, Map.of());
    private static final PlannerOptions TWO = new PlannerOptions(2, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("agg-orders", List.of(
                Row.of("a", 1, new BigDecimal("1.50")),
                Row.of("b", 5, new BigDecimal("2.00")),
                Row.of("a", 2, null),
                Row.of("c", 3, new BigDecimal("0.25")),
                Row.of("a", 4, new BigDecimal("3.00")),
                Row.of("b", null, new BigDecimal("1.00"))));
        catalog = new TestCatalog()
                .add(table("orders", memory("agg-orders"), column("k", type("STRING")), column("v", type("INT")),
                        column("price", type("DECIMAL", 10, 2))))
                .add(table("out", Map.of("connector", "memory"), column("k", type("STRING")),
                        column("n", type("BIGINT"))));
    }

    private static List<String> changelog(String sql, PlannerOptions options) throws Exception {
        return DataflowRunner.changelog(Planner.create(catalog).planQuery(query(sql), options));
    }

    private static List<String> folded(String sql) throws Exception {
        List<String> atOne = DataflowRunner.fold(changelog(sql, ONE));
        assertThat(DataflowRunner.fold(changelog(sql, TWO))).as("at parallelism 2").isEqualTo(atOne);
        return atOne;
    }

    @Test
    void groupByEmitsInsertsThenUpdatePairsAtParallelismOne() throws Exception {
        assertThat(changelog("SELECT k, COUNT(*) AS n, SUM(v) AS s FROM orders GROUP BY k", ONE)).containsExactly(
                "+I Row[a, 1, 1]", "+I Row[b, 1, 5]", "-U Row[a, 1, 1]", "+U Row[a, 2, 3]", "+I Row[c, 1, 3]",
                "-U Row[a, 2, 3]", "+U Row[a, 3, 7]", "-U Row[b, 1, 5]", "+U Row[b, 2, 5]");
    }

    @Test
    void firstValueAndLastValueKeepTheFirstAndLastNonNullValueOfEachGroup() throws Exception {
        // b's second row has a NULL v, which neither keeps; a's second row has a NULL price.
        assertThat(DataflowRunner.fold(changelog("SELECT k, FIRST_VALUE(v), LAST_VALUE(v), first_value(price), "
                + "Last_Value(price) FROM orders GROUP BY k", ONE))).containsExactlyInAnyOrder(
                "Row[a, 1, 4, 1.50, 3.00]", "Row[b, 5, 5, 2.00, 1.00]", "Row[c, 3, 3, 0.25, 0.25]");
    }

    @Test
    void groupByFoldsToTheSameResultAtParallelismOneAndTwo() throws Exception {
        assertThat(folded("SELECT k, COUNT(v) AS n, MIN(v) AS lo, MAX(price) AS hi, AVG(v) AS av FROM orders GROUP BY k"))
                .containsExactly("Row[a, 3, 1, 3.00, 2]", "Row[b, 1, 5, 2.00, 5]", "Row[c, 1, 3, 0.25, 3]");
    }

    @Test
    void anAggregationWithoutGroupByHasOneRow() throws Exception {
        assertThat(folded("SELECT COUNT(*) AS n, SUM(price) AS total, COUNT(DISTINCT k) AS keys FROM orders"))
                .containsExactly("Row[6, 7.75, 3]");
    }

    @Test
    void anAggregateOfAnAggregateRetractsTheOldCounts() throws Exception {
        assertThat(folded("SELECT n, COUNT(*) AS keys FROM (SELECT k, COUNT(*) AS n FROM orders GROUP BY k) GROUP BY n"))
                .containsExactly("Row[1, 1]", "Row[2, 1]", "Row[3, 1]");
    }

    @Test
    void havingFiltersTheAggregatedRows() throws Exception {
        assertThat(folded("SELECT k, COUNT(*) AS n FROM orders GROUP BY k HAVING COUNT(*) > 1"))
                .containsExactly("Row[a, 3]", "Row[b, 2]");
    }

    @Test
    void selectDistinctKeepsEachRowOnce() throws Exception {
        assertThat(folded("SELECT DISTINCT k FROM orders")).containsExactly("Row[a]", "Row[b]", "Row[c]");
    }

    @Test
    void filterRestrictsTheRowsOfOneAggregate() throws Exception {
        assertThat(folded("SELECT k, COUNT(*) FILTER (WHERE v > 1) AS big, COUNT(*) AS n FROM orders GROUP BY k"))
                .containsExactly("Row[a, 2, 3]", "Row[b, 1, 2]", "Row[c, 1, 1]");
    }

    @Test
    void rollupAddsSubtotalsWithNullKeysAndGrouping() throws Exception {
        assertThat(folded("SELECT k, COUNT(*) AS n, GROUPING(k) AS g FROM orders GROUP BY ROLLUP (k)"))
                .containsExactly("Row[NULL, 6, 1]", "Row[a, 3, 0]", "Row[b, 2, 0]", "Row[c, 1, 0]");
    }

    @Test
    void anAggregatingQueryIsUpdatingAndAProjectionIsNot() {
        Planner planner = Planner.create(catalog);
        assertThat(planner.planQuery(query("SELECT k, COUNT(*) FROM orders GROUP BY k"), ONE).updating()).isTrue();
        assertThat(planner.planQuery(query("SELECT k FROM orders WHERE v > 1"), ONE).updating()).isFalse();
    }

    @Test
    void explainShowsTheChangelogModeOfEachNode() {
        String sql = "SELECT k, COUNT(*) AS n FROM orders GROUP BY k HAVING COUNT(*) > 1";
        String plan = Planner.create(catalog).explain(new Explain(SourceSpan.at(1, 1), sql, query(sql)), TWO);
        assertThat(plan)
                .contains("WeirAggregate(group=[{0}], n=[COUNT()], changelogMode=[I,UB,UA])")
                .contains("WeirTableScan(table=[[default_catalog, default_database, orders]]")
                .contains("-> GroupAggregate: groupBy=[k], select=[k, COUNT() AS n], changelogMode=[I,UB,UA]")
                .contains("Edge: 1 -> 2 HASH[0]")
                .contains("changelogMode=[I]\n");
    }

    @Test
    void anUpdatingInsertIntoAnAppendOnlySinkIsRejectedWithThePlaceOfTheGroupBy() {
        assertThatThrownBy(() -> Planner.create(catalog).planInsert(
                insert("out", List.of(), "SELECT k, COUNT(*)\nFROM orders\nGROUP BY k"), ONE))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Table 'out' (connector 'memory') accepts only inserts, but the query produces updates "
                        + "(GROUP BY at 3:1); write the result to a connector that accepts updates, such as 'print' "
                        + "or 'blackhole', or aggregate over a window instead")
                .extracting(e -> ((ValidationException) e).span().startLine() + ":"
                        + ((ValidationException) e).span().startColumn())
                .isEqualTo("3:1");
    }
}
