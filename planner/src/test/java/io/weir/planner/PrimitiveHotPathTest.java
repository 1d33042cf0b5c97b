package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.rowType;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nested-row fields, CASE, MOD, casts and DECIMAL-times-integer casts, the expressions of the Nexmark queries, are
 * evaluated on primitives and keep their SQL results.
 */
class PrimitiveHotPathTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(1, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("bids", List.of(
                Row.of(2L, Row.of(246L, 1000L, "x"), 5L, 10_000L),
                Row.of(2L, Row.of(7L, -1001L, null), 6L, null),
                Row.of(2L, Row.of(null, 3_000_000_000_000_000_000L, "y"), 7L, 0L),
                Row.of(1L, null, 8L, 1L),
                Row.of(null, Row.of(123L, null, "z"), 9L, 2L)));
        Map<String, String> plain = new LinkedHashMap<>(memory("bids"));
        plain.put("filterable", "false");
        catalog = new TestCatalog().add(table("bids", plain, column("kind", type("INT")),
                column("bid", rowType("auction", type("BIGINT"), "price", type("BIGINT"), "extra", type("STRING"))),
                column("t", type("BIGINT")), column("ts", type("TIMESTAMP", 3))));
    }

    private static List<Row> run(String sql) throws Exception {
        return DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), OPTIONS));
    }

    private static String source(String sql) {
        return GeneratedSources.of(catalog, sql);
    }

    @Test
    void aConditionOnNestedFieldsWithModIsEvaluatedWithoutBoxing() {
        assertThat(source("SELECT t FROM bids WHERE kind = 2 AND MOD(bid.auction, 123) = 0"))
                .doesNotContain("Long.valueOf").doesNotContain("Integer.valueOf").doesNotContain("BigDecimal");
    }

    @Test
    void aConditionOnNestedFieldsWithModKeepsSqlsResults() throws Exception {
        assertThat(run("SELECT t FROM bids WHERE kind = 2 AND MOD(bid.auction, 123) = 0")).containsExactly(Row.of(5L));
    }

    @Test
    void nestedFieldsAreNullWhenTheRowOrTheFieldIs() throws Exception {
        assertThat(run("SELECT t, bid.auction, bid.extra FROM bids")).containsExactlyInAnyOrder(
                Row.of(5L, 246L, "x"), Row.of(6L, 7L, null), Row.of(7L, null, "y"), Row.of(8L, null, null),
                Row.of(9L, 123L, "z"));
    }

    @Test
    void caseIsEvaluatedWithoutBoxing() {
        assertThat(source("SELECT CASE WHEN kind = 1 THEN t WHEN kind = 2 THEN bid.price ELSE -1 END FROM bids"))
                .doesNotContain("Long.valueOf").doesNotContain("Boolean.valueOf");
    }

    @Test
    void caseTakesTheFirstBranchWhoseConditionIsTrue() throws Exception {
        assertThat(run("SELECT t, CASE WHEN kind = 1 THEN t WHEN kind = 2 THEN bid.auction END FROM bids"))
                .containsExactlyInAnyOrder(Row.of(5L, 246L), Row.of(6L, 7L), Row.of(7L, null), Row.of(8L, 8L),
                        Row.of(9L, null));
    }

    @Test
    void caseDoesNotEvaluateABranchItDoesNotTake() throws Exception {
        assertThat(run("SELECT CASE WHEN t > 100 THEN t / (t - t) ELSE t END FROM bids WHERE t = 5"))
                .containsExactly(Row.of(5L));
    }

    @Test
    void aNullLiteralInAnExpressionMakesItNull() throws Exception {
        assertThat(run("SELECT t, CASE WHEN t > 6 THEN NULL ELSE t + CAST(NULL AS BIGINT) END, IF(t > 8, NULL, t) FROM bids"
                + " WHERE t > 7")).containsExactlyInAnyOrder(Row.of(8L, null, 8L), Row.of(9L, null, null));
    }

    @Test
    void aDecimalTimesAnIntegerCastToBigintIsEvaluatedWithoutBigDecimal() {
        assertThat(source("SELECT CAST(0.908 * bid.price AS BIGINT) FROM bids"))
                .doesNotContain("BigDecimal").doesNotContain("Long.valueOf");
    }

    @Test
    void aDecimalTimesAnIntegerCastToBigintDropsTheFractionAsADecimalWould() throws Exception {
        // 0.908 * 3e18 overflows a long before the scale is undone: the exact product is still taken.
        assertThat(run("SELECT t, CAST(0.908 * bid.price AS BIGINT), CAST(bid.price * 0.5 AS INT) FROM bids"))
                .containsExactlyInAnyOrder(Row.of(5L, 908L, 500L), Row.of(6L, -908L, -500L),
                        Row.of(7L, 2_724_000_000_000_000_000L, 2_065_039_360L), Row.of(8L, null, null),
                        Row.of(9L, null, null));
    }

    @Test
    void aTimestampMinusAnIntervalIsEvaluatedWithoutBoxing() {
        assertThat(source("SELECT ts - INTERVAL '4' SECOND FROM bids")).doesNotContain("Long.valueOf");
    }

    @Test
    void aTimestampMinusAnIntervalMovesItByTheIntervalsMilliseconds() throws Exception {
        assertThat(run("SELECT t, ts - INTERVAL '4' SECOND FROM bids WHERE t < 8")).containsExactlyInAnyOrder(
                Row.of(5L, 6_000L), Row.of(6L, null), Row.of(7L, -4_000L));
    }
}
