package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.insert;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.operator.OperatorSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stateful operators get uids derived from the plan, which name their state in checkpoints and savepoints. */
class StableUidTest {
    private static final PlannerOptions TWO = new PlannerOptions(2, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        Map<String, String> sink = Map.of("connector", "memory", "changes", "ALL_CHANGES");
        catalog = new TestCatalog()
                .add(table("orders", memory("uid-orders"), column("k", type("STRING")), column("v", type("INT"))))
                .add(table("totals", sink, column("k", type("STRING")), column("n", type("BIGINT"))))
                .add(table("labels", sink, column("k", type("STRING")), column("n", type("BIGINT"))));
    }

    /** The uid of every operator of the planned INSERT that has one, in vertex and chain order. */
    private static List<String> uids(String table, String sql) {
        Dataflow dataflow = Planner.create(catalog).planInsert(insert(table, List.of(), sql), TWO).dataflow()
                .apply(null);
        List<String> uids = new ArrayList<>();
        for (Vertex vertex : dataflow.vertices()) {
            for (OperatorSpec spec : vertex.chain()) {
                if (spec.uid() != null) {
                    uids.add(spec.name() + "=" + spec.uid());
                }
            }
        }
        return uids;
    }

    private static String uidOf(List<String> uids, String name) {
        for (String uid : uids) {
            if (uid.startsWith(name + "=")) {
                return uid.substring(name.length() + 1);
            }
        }
        throw new AssertionError("no operator " + name + " in " + uids);
    }

    @Test
    void anAggregationKeepsItsUidWhenTheProjectionAboveItChanges() {
        String before = uidOf(uids("totals", "SELECT k, n FROM (SELECT k, COUNT(*) AS n FROM orders GROUP BY k)"),
                "GroupAggregate");
        String after = uidOf(uids("totals", "SELECT UPPER(k), n * 2 FROM (SELECT k, COUNT(*) AS n FROM orders "
                + "GROUP BY k)"), "GroupAggregate");

        assertThat(after).isEqualTo(before).startsWith("groupaggregate-");
    }

    @Test
    void aChangedAggregationGetsAnotherUid() {
        String count = uidOf(uids("totals", "SELECT k, COUNT(*) FROM orders GROUP BY k"), "GroupAggregate");
        String sum = uidOf(uids("totals", "SELECT k, CAST(SUM(v) AS BIGINT) FROM orders GROUP BY k"),
                "GroupAggregate");

        assertThat(sum).isNotEqualTo(count);
    }

    @Test
    void aSinkIntoAnotherTableGetsAnotherUid() {
        String sql = "SELECT k, COUNT(*) FROM orders GROUP BY k";

        assertThat(uidOf(uids("totals", sql), "Sink: memory[totals]"))
                .isNotEqualTo(uidOf(uids("labels", sql), "Sink: memory[labels]"));
    }
}
