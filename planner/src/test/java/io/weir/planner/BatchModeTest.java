package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.insert;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.weir.parser.SourceSpan;
import io.weir.parser.statement.Explain;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.row.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code execution.runtime-mode} = batch: final insert-only results, ORDER BY and LIMIT, bounded inputs only. */
class BatchModeTest {
    private static final PlannerOptions STREAMING = new PlannerOptions(2, Map.of());
    private static final PlannerOptions BATCH = new PlannerOptions(2, Map.of("execution.runtime-mode", "batch"));
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("batch-sales", List.of(
                Row.of("book", 12L, "alice"), Row.of("pen", 3L, "bob"), Row.of("book", 7L, null),
                Row.of("lamp", 40L, "alice"), Row.of("pen", null, "carol"), Row.of("book", 2L, "bob")));
        Map<String, String> unbounded = new HashMap<>(memory("batch-sales"));
        unbounded.put("bounded", "false");
        catalog = new TestCatalog()
                .add(table("sales", memory("batch-sales"), column("item", type("STRING")), column("qty", type("BIGINT")),
                        column("customer", type("STRING"))))
                .add(table("ticker", unbounded, column("item", type("STRING")), column("qty", type("BIGINT")),
                        column("customer", type("STRING"))))
                .add(table("retracts", Map.of("connector", "memory", "changes", "ALL_CHANGES"),
                        column("item", type("STRING")), column("n", type("BIGINT"))));
    }

    private static Planner planner() {
        return Planner.create(catalog);
    }

    private static List<String> changelog(String sql) throws Exception {
        return DataflowRunner.changelog(planner().planQuery(query(sql), BATCH));
    }

    private static String explain(String sql, PlannerOptions options) {
        return planner().explain(new Explain(SourceSpan.at(1, 1), "EXPLAIN " + sql, query(sql)), options);
    }

    @Test
    void aGroupAggregationEmitsEachGroupOnceAsAnInsert() throws Exception {
        assertThat(changelog("SELECT item, COUNT(*), SUM(qty) FROM sales GROUP BY item"))
                .containsExactlyInAnyOrder("+I Row[book, 3, 21]", "+I Row[pen, 2, 3]", "+I Row[lamp, 1, 40]");
    }

    @Test
    void theSameAggregationInStreamingModeUpdatesItsGroups() throws Exception {
        assertThat(DataflowRunner.changelog(planner().planQuery(
                query("SELECT item, COUNT(*) FROM sales GROUP BY item"), STREAMING)))
                .anyMatch(change -> change.startsWith("+U"));
    }

    @Test
    void anAggregationWithoutGroupByOverNoRowsReturnsOneRow() throws Exception {
        assertThat(changelog("SELECT COUNT(*), SUM(qty) FROM sales WHERE qty > 1000"))
                .containsExactly("+I Row[0, NULL]");
    }

    @Test
    void aPlannedBatchQueryIsNotUpdating() {
        assertThat(planner().planQuery(query("SELECT item, COUNT(*) FROM sales GROUP BY item"), BATCH).updating())
                .isFalse();
    }

    @Test
    void explainShowsInsertOnlyChangelogsEverywhereInBatchMode() {
        String plan = explain("SELECT n, COUNT(*) FROM (SELECT item, COUNT(*) AS n FROM sales GROUP BY item) GROUP BY n",
                BATCH);
        assertThat(plan).contains("changelogMode=[I]").doesNotContain("UB").doesNotContain("UA");
    }

    @Test
    void orderByDescendingWithNullsLastSortsTheResult() throws Exception {
        assertThat(changelog("SELECT item, qty FROM sales ORDER BY qty DESC NULLS LAST")).containsExactly(
                "+I Row[lamp, 40]", "+I Row[book, 12]", "+I Row[book, 7]", "+I Row[pen, 3]", "+I Row[book, 2]",
                "+I Row[pen, NULL]");
    }

    @Test
    void nullsComeFirstInAscendingOrderByDefault() throws Exception {
        assertThat(changelog("SELECT customer, qty FROM sales ORDER BY customer, qty")).containsExactly(
                "+I Row[NULL, 7]", "+I Row[alice, 12]", "+I Row[alice, 40]", "+I Row[bob, 2]", "+I Row[bob, 3]",
                "+I Row[carol, NULL]");
    }

    @Test
    void orderByAnAggregateWithLimitAndOffsetKeepsTheRowsInBetween() throws Exception {
        assertThat(changelog("SELECT item, SUM(qty) AS total FROM sales GROUP BY item ORDER BY total DESC"
                + " LIMIT 2 OFFSET 1")).containsExactly("+I Row[book, 21]", "+I Row[pen, 3]");
    }

    @Test
    void limitWithoutOrderByReturnsThatManyRows() throws Exception {
        assertThat(changelog("SELECT item FROM sales LIMIT 4")).hasSize(4);
    }

    @Test
    void fetchFirstIsALimit() throws Exception {
        assertThat(changelog("SELECT qty FROM sales ORDER BY qty NULLS FIRST FETCH FIRST 2 ROWS ONLY"))
                .containsExactly("+I Row[NULL]", "+I Row[2]");
    }

    @Test
    void anInsertWritesTheSortedRowsInOrder() throws Exception {
        MemoryConnector.CHANGELOGS.remove("retracts");
        DataflowRunner.run(planner().planInsert(insert("retracts", List.of(),
                "SELECT item, SUM(qty) FROM sales GROUP BY item ORDER BY item DESC"), BATCH).dataflow().apply(null));
        assertThat(MemoryConnector.CHANGELOGS.get("retracts"))
                .containsExactly("+I Row[pen, 3]", "+I Row[lamp, 40]", "+I Row[book, 21]");
    }

    @Test
    void theSortRunsAsOneSubtaskAfterTheAggregation() {
        String plan = explain("SELECT item, COUNT(*) AS n FROM sales GROUP BY item ORDER BY n", BATCH);
        assertThat(plan).containsPattern("Vertex \\d: Sort \\(parallelism=1\\)\n  -> Sort: orderBy=\\[n ASC NULLS FIRST\\]");
    }

    @Test
    void anUnboundedTableIsRejectedInBatchModeAtItsReference() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> planner().planQuery(query("SELECT item\nFROM ticker"), BATCH));
        assertThat(e).hasMessage("Table 'ticker' (connector 'memory') is unbounded, but batch mode reads only bounded"
                + " tables; SET 'execution.runtime-mode' = 'streaming', or bound the source (e.g. datagen's"
                + " 'number-of-rows')");
        assertThat(e.span()).isEqualTo(new SourceSpan(2, 6, 2, 11));
    }

    @Test
    void limitIsRejectedInStreamingMode() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> planner().planQuery(query("SELECT item FROM sales LIMIT 3"), STREAMING));
        assertThat(e).hasMessageStartingWith("LIMIT and FETCH are not supported in streaming mode");
        assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED);
    }

    @Test
    void anUnknownRuntimeModeNamesTheOptionAndTheAcceptedValues() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new PlannerOptions(1, Map.of("execution.runtime-mode", "bach")).runtimeMode());
        assertThat(e).hasMessage("Invalid value 'bach' for option 'execution.runtime-mode'; expected 'streaming' or"
                + " 'batch'");
    }

    @Test
    void theRuntimeModeIgnoresCase() {
        assertThat(new PlannerOptions(1, Map.of("execution.runtime-mode", "BATCH")).runtimeMode())
                .isEqualTo(RuntimeMode.BATCH);
    }

    @Test
    void withRuntimeModeForcesBatchWhateverTheSessionSet() throws Exception {
        PlannerOptions forced = STREAMING.withRuntimeMode(RuntimeMode.BATCH);
        assertThat(DataflowRunner.changelog(planner().planQuery(query("SELECT qty FROM sales ORDER BY qty LIMIT 1"),
                forced))).containsExactly("+I Row[NULL]");
    }
}
