package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.computed;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.SourceSpan;
import io.weir.parser.statement.Explain;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExplainTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(2, Map.of());

    private static String explain(String sql) {
        Map<String, String> plain = new LinkedHashMap<>(memory("none"));
        plain.put("filterable", "false");
        Planner planner = Planner.create(new TestCatalog()
                .add(table("bid", memory("none"), column("id", type("BIGINT")), column("price", type("INT")),
                        column("item", type("STRING")), computed("doubled", "price * 2")))
                .add(table("plain", plain, column("id", type("BIGINT")), column("price", type("INT"))))
                .add(table("out", Map.of("connector", "memory"), column("id", type("BIGINT")))));
        return planner.explain(new Explain(SourceSpan.at(1, 1), "EXPLAIN " + sql, query(sql)), OPTIONS);
    }

    @Test
    void explainPrintsTheLogicalPlanAndTheDataflow() {
        String text = explain("SELECT id FROM bid WHERE price > 3");
        assertThat(text).startsWith("== Optimized Logical Plan ==\n").contains("\n== Physical Dataflow ==\n");
        assertThat(text).contains("Vertex 1: Source: memory[bid] (parallelism=2)")
                .contains("Vertex 2: Sink: collect (parallelism=1)")
                .contains("Edge: 1 -> 2 GLOBAL")
                .contains("changelogMode=[I]");
    }

    @Test
    void constantExpressionsAreFoldedBeforeExecution() {
        assertThat(explain("SELECT id + (1 + 2) FROM bid")).contains("+(id, 3)").doesNotContain("1 + 2").doesNotContain("+(1, 2)");
    }

    @Test
    void theScanReadsOnlyTheColumnsTheQueryUses() {
        String text = explain("SELECT id FROM plain");
        assertThat(text).contains("WeirTableScan(table=[[default_catalog, default_database, plain]], fields=[id]");
    }

    @Test
    void aFilterIsPushedIntoASourceThatAcceptsIt() {
        String text = explain("SELECT item FROM bid WHERE doubled > 10");
        assertThat(text).contains("filter=[>(*(price, 2), 10)]").contains("fields=[price, item]");
    }

    @Test
    void aFilterStaysInTheCalcWhenTheSourceCannotFilter() {
        String text = explain("SELECT id FROM plain WHERE price > 10");
        assertThat(text).contains("where=[>(price, 10)]").doesNotContain("filter=[");
    }

    @Test
    void unionAllIsAVertexWithOneEdgePerInput() {
        String text = explain("SELECT id FROM bid UNION ALL SELECT id FROM plain");
        assertThat(text).contains(": Union (parallelism=2)").containsPattern("Edge: 1 -> 3 FORWARD")
                .containsPattern("Edge: 2 -> 3 FORWARD");
    }

    @Test
    void logicalNodesAreNamedAsWeirsOperators() {
        String text = explain("SELECT id + 1 FROM plain WHERE price > 10 UNION ALL SELECT 1");
        assertThat(text).contains("WeirUnion(all=[true], changelogMode=[I])").contains("WeirCalc(")
                .contains("WeirValues(").doesNotContain("LogicalCalc").doesNotContain("LogicalUnion");
    }

    @Test
    void explainOfAnInsertShowsTheSinkChained() {
        Planner planner = Planner.create(new TestCatalog()
                .add(table("bid", memory("none"), column("id", type("BIGINT"))))
                .add(table("out", Map.of("connector", "memory"), column("id", type("BIGINT")))));
        String text = planner.explain(new Explain(SourceSpan.at(1, 1), "EXPLAIN INSERT",
                TestCatalog.insert("out", List.of(), "SELECT id FROM bid")), OPTIONS);
        assertThat(text).contains("WeirSink(table=[[default_catalog, default_database, out]]")
                .contains("-> Sink: memory[out]: MemorySink");
    }
}
