package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.insert;
import static io.weir.planner.TestCatalog.keyedTable;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.SourceSpan;
import io.weir.parser.statement.Explain;
import io.weir.parser.statement.Statement;
import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The changelog mode the planner infers for each node, and what the operators then emit. */
class ChangelogInferenceTest {
    private static final PlannerOptions ONE = new PlannerOptions(1, Map.of());
    private static final String COUNT_PER_KEY = "SELECT k, COUNT(*) FROM orders GROUP BY k";
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("changelog-orders", List.of(
                Row.of("a", 1), Row.of("b", 5), Row.of("a", 2), Row.of("c", 3), Row.of("a", 4), Row.of("b", 6)));
        catalog = new TestCatalog()
                .add(table("orders", memory("changelog-orders"), column("k", type("STRING")), column("v", type("INT"))))
                .add(table("upserts", sink("UPSERTS"), column("k", type("STRING")), column("n", type("BIGINT"))))
                .add(table("retracts", sink("ALL_CHANGES"), column("k", type("STRING")), column("n", type("BIGINT"))))
                .add(table("counts", sink("UPSERTS"), column("n", type("BIGINT"))))
                .add(keyedTable("keyed_on_k", sink("UPSERTS"), List.of("k"), column("n", type("BIGINT")),
                        column("k", type("STRING"))))
                .add(keyedTable("keyed_on_n", sink("UPSERTS"), List.of("n"), column("k", type("STRING")),
                        column("n", type("BIGINT"))));
    }

    private static Map<String, String> sink(String changes) {
        return Map.of("connector", "memory", "changes", changes);
    }

    private static String explain(Statement statement) {
        return Planner.create(catalog).explain(new Explain(SourceSpan.at(1, 1), "EXPLAIN", statement), ONE);
    }

    private static String explainInsert(String table, String sql) {
        return explain(insert(table, List.of(), sql));
    }

    private static List<String> changesWritten(String table, String sql) throws Exception {
        MemoryConnector.CHANGELOGS.remove(table);
        DataflowRunner.run(Planner.create(catalog).planInsert(insert(table, List.of(), sql), ONE).dataflow().apply(null));
        return MemoryConnector.CHANGELOGS.get(table);
    }

    @Test
    void aGroupAggregationOverInsertsProducesInsertsAndUpdatesButNoDeletes() {
        assertThat(explain(query(COUNT_PER_KEY)))
                .contains("WeirAggregate(group=[{0}], EXPR$1=[COUNT()], changelogMode=[I,UB,UA])")
                .contains("-> GroupAggregate: groupBy=[k], select=[k, COUNT() AS EXPR$1], changelogMode=[I,UB,UA]");
    }

    @Test
    void aGroupAggregationOverAnUpdatingInputAlsoDeletes() {
        assertThat(explain(query("SELECT n, COUNT(*) FROM (" + COUNT_PER_KEY.replace("COUNT(*)", "COUNT(*) AS n")
                + ") GROUP BY n"))).contains("WeirAggregate(group=[{0}], EXPR$1=[COUNT()], changelogMode=[I,UB,UA,D])");
    }

    @Test
    void aQueryResultRetractsBecauseTheResultSinkTakesEveryChange() {
        assertThat(explain(query(COUNT_PER_KEY))).doesNotContain("upsertKey").contains("Sink: collect: collect, "
                + "changelogMode=[I,UB,UA]");
    }

    @Test
    void aSinkThatTakesUpsertsGetsUpdatesWithoutUpdateBeforeKeyedOnTheGroupKey() {
        assertThat(explainInsert("upserts", COUNT_PER_KEY))
                .contains("WeirAggregate(group=[{0}], EXPR$1=[COUNT()], changelogMode=[I,UA], upsertKey=[0])")
                .contains("-> GroupAggregate: groupBy=[k], select=[k, COUNT() AS EXPR$1], changelogMode=[I,UA], "
                        + "upsertKey=[0]")
                .doesNotContain("UB");
    }

    @Test
    void aSinkThatTakesEveryChangeGetsRetractions() {
        assertThat(explainInsert("retracts", COUNT_PER_KEY))
                .contains("WeirAggregate(group=[{0}], EXPR$1=[COUNT()], changelogMode=[I,UB,UA])")
                .doesNotContain("upsertKey");
    }

    @Test
    void anAggregationUnderAnotherRetractsEvenWhenTheOuterOneUpserts() {
        String plan = explainInsert("upserts", "SELECT CAST(n AS STRING), COUNT(*) FROM ("
                + COUNT_PER_KEY.replace("COUNT(*)", "COUNT(*) AS n") + ") GROUP BY n");
        assertThat(plan)
                .contains("WeirAggregate(group=[{0}], EXPR$1=[COUNT()], changelogMode=[I,UA,D], upsertKey=[0])")
                .contains("WeirAggregate(group=[{0}], n=[COUNT()], changelogMode=[I,UB,UA])");
    }

    @Test
    void anUpsertSinkWhosePrimaryKeyIsTheGroupKeyGetsUpsertsOnTheKeysPlaceInTheTable() {
        assertThat(explainInsert("keyed_on_k", "SELECT COUNT(*), k FROM orders GROUP BY k"))
                .contains("changelogMode=[I,UA], upsertKey=[1]")
                .doesNotContain("UB");
    }

    @Test
    void aGroupKeyCastWithoutLossStillKeysTheUpserts() {
        // The VALUES key is a CHAR(1), cast to the table's STRING on its way into the sink.
        assertThat(explainInsert("keyed_on_k", "SELECT COUNT(*), k FROM (VALUES ('a'), ('b')) AS t(k) GROUP BY k"))
                .contains("CAST($t0):VARCHAR")
                .contains("changelogMode=[I,UA], upsertKey=[1]")
                .doesNotContain("UB");
    }

    @Test
    void anUpsertSinkWhosePrimaryKeyIsNotTheGroupKeyFallsBackToRetractions() {
        assertThat(explainInsert("keyed_on_n", COUNT_PER_KEY))
                .contains("WeirAggregate(group=[{0}], EXPR$1=[COUNT()], changelogMode=[I,UB,UA])")
                .doesNotContain("upsertKey");
    }

    @Test
    void aFilterAfterAnAggregationRetractsEvenIntoAnUpsertSink() {
        assertThat(explainInsert("upserts", COUNT_PER_KEY + " HAVING COUNT(*) > 1"))
                .contains("changelogMode=[I,UB,UA])")
                .doesNotContain("upsertKey");
    }

    @Test
    void aProjectionThatDropsTheGroupKeyLeavesUpsertsWithoutAKey() {
        assertThat(explainInsert("counts", "SELECT COUNT(*) FROM orders GROUP BY k"))
                .contains("WeirAggregate(group=[{0}], EXPR$0=[COUNT()], changelogMode=[I,UA], upsertKey=[0])")
                .contains("WeirCalc(expr#0..1=[{inputs}], EXPR$0=[$t1], changelogMode=[I,UA])");
    }

    @Test
    void aUnionOfARetractingAndAnUpsertingInputMakesBothRetract() {
        assertThat(explainInsert("upserts", COUNT_PER_KEY + " HAVING COUNT(*) > 1 UNION ALL " + COUNT_PER_KEY))
                .contains("WeirUnion(all=[true], changelogMode=[I,UB,UA])")
                .doesNotContain("upsertKey");
    }

    @Test
    void anUpsertingAggregationWritesNoUpdateBeforeAndItsChangesUpsertToTheResult() throws Exception {
        List<String> changes = changesWritten("upserts", COUNT_PER_KEY);
        assertThat(changes).noneMatch(change -> change.startsWith("-U"));
        assertThat(upsertByFirstField(changes)).containsExactly("Row[a, 3]", "Row[b, 2]", "Row[c, 1]");
    }

    @Test
    void aRetractingAggregationWritesTheUpdateBeforeOfEachUpdate() throws Exception {
        assertThat(changesWritten("retracts", COUNT_PER_KEY)).containsExactly("+I Row[a, 1]", "+I Row[b, 1]",
                "-U Row[a, 1]", "+U Row[a, 2]", "+I Row[c, 1]", "-U Row[a, 2]", "+U Row[a, 3]", "-U Row[b, 1]",
                "+U Row[b, 2]");
    }

    /** Applies an upsert changelog keyed on the rows' first field: the latest row per key, deleted ones removed. */
    private static List<String> upsertByFirstField(List<String> changes) {
        Map<String, String> rows = new TreeMap<>();
        for (String change : changes) {
            String row = change.substring(3);
            String key = row.substring(0, row.indexOf(','));
            if (change.startsWith("-D")) {
                rows.remove(key);
            } else {
                rows.put(key, row);
            }
        }
        return new ArrayList<>(rows.values());
    }
}
