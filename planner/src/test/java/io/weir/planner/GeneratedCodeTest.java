package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated code reads nullable numbers as primitives with a null check, and keeps SQL's NULL semantics. */
class GeneratedCodeTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(1, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("primitives", List.of(
                Row.of(6L, 2L, 1.5d, true, 2147483647L),
                Row.of(7L, null, 2.5d, null, 1L),
                Row.of(null, 3L, null, false, 2L),
                Row.of(1L, 20L, 0.5d, true, 3L)));
        Map<String, String> plain = new LinkedHashMap<>(memory("primitives"));
        plain.put("filterable", "false");
        catalog = new TestCatalog()
                .add(table("p", memory("primitives"), column("a", type("BIGINT")), column("b", type("BIGINT")),
                        column("d", type("DOUBLE")), column("flag", type("BOOLEAN")), column("i", type("INT"))))
                .add(table("plain", plain, column("a", type("BIGINT")), column("b", type("BIGINT")),
                        column("d", type("DOUBLE")), column("flag", type("BOOLEAN")), column("i", type("INT"))));
    }

    private static List<Row> run(String sql) throws Exception {
        return DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), OPTIONS));
    }

    @Test
    void aConditionOnNullableNumbersIsEvaluatedWithoutBoxing() {
        String source = GeneratedSources.of(catalog, "SELECT a FROM plain WHERE a > 5 AND b + 1 < 10");
        assertThat(source).contains("in.isNullAt(").contains("in.getLong(")
                .doesNotContain("Long.valueOf").doesNotContain("(Long)").doesNotContain("Boolean.valueOf");
    }

    @Test
    void aConditionPushedIntoTheSourceIsEvaluatedWithoutBoxing() {
        String source = GeneratedSources.of(catalog, "SELECT a FROM p WHERE a > 5 AND b + 1 < 10");
        assertThat(source).contains("in.getLong(").doesNotContain("Long.valueOf").doesNotContain("(Long)");
    }

    @Test
    void arithmeticProjectionsAreEvaluatedWithoutBoxing() {
        String source = GeneratedSources.of(catalog, "SELECT a * 2 + b, d / 2, i + 1, flag OR a > b FROM plain");
        assertThat(source).doesNotContain("Long.valueOf").doesNotContain("Double.valueOf")
                .doesNotContain("Integer.valueOf").doesNotContain("Boolean.valueOf");
    }

    @Test
    void aConditionKeepsSqlsNullSemantics() throws Exception {
        assertThat(run("SELECT a FROM plain WHERE a > 5 AND b + 1 < 10")).containsExactly(Row.of(6L));
        assertThat(run("SELECT a FROM plain WHERE NOT (b > 2)")).containsExactly(Row.of(6L));
        assertThat(run("SELECT i FROM plain WHERE a > 6 OR b IS NULL OR flag IS NOT TRUE")).containsExactlyInAnyOrder(
                Row.of(1L), Row.of(2L));
    }

    @Test
    void threeValuedLogicGivesNullWhereSqlDoes() throws Exception {
        assertThat(run("SELECT i, flag AND a > 5, flag OR a > 5 FROM plain")).containsExactlyInAnyOrder(
                Row.of(2147483647L, true, true), Row.of(1L, null, true), Row.of(2L, false, null),
                Row.of(3L, false, true));
    }

    @Test
    void arithmeticOnNullIsNullAndIntegersWrapAsInFlink() throws Exception {
        assertThat(run("SELECT a + b, i + 1, d * 2 FROM plain WHERE i < 3 OR i > 3")).containsExactlyInAnyOrder(
                Row.of(8L, -2147483648L, 3.0d), Row.of(null, 2L, 5.0d), Row.of(null, 3L, null));
    }
}
