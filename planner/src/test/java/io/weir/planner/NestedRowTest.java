package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.rowType;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.TypeRoot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Columns of type ROW: reading their fields by name, returning them whole, and making them with CAST. */
class NestedRowTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(2, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("events", List.of(
                Row.of(1L, Row.of("web", 3L)),
                Row.of(2L, Row.of(null, null)),
                Row.of(3L, null)));
        catalog = new TestCatalog().add(table("events", memory("events"), column("id", type("BIGINT")),
                column("meta", rowType("source", type("STRING"), "tries", type("INT")))));
    }

    private static List<Row> run(String sql) throws Exception {
        return DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), OPTIONS));
    }

    @Test
    void fieldsOfARowColumnAreReadByName() throws Exception {
        assertThat(run("SELECT id, meta.source, meta.tries FROM events")).containsExactlyInAnyOrder(
                Row.of(1L, "web", 3L), Row.of(2L, null, null), Row.of(3L, null, null));
    }

    @Test
    void fieldsMayBeQualifiedByTheTable() throws Exception {
        assertThat(run("SELECT e.meta.source FROM events AS e WHERE e.id = 1")).containsExactly(Row.of("web"));
        assertThat(run("SELECT events.meta.tries FROM events WHERE events.id = 1")).containsExactly(Row.of(3L));
    }

    @Test
    void nestedFieldsTakePartInExpressionsAndConditions() throws Exception {
        assertThat(run("SELECT id FROM events WHERE meta.tries + 1 > 3 AND UPPER(meta.source) = 'WEB'"))
                .containsExactly(Row.of(1L));
    }

    @Test
    void aRowColumnIsReturnedWhole() throws Exception {
        assertThat(run("SELECT meta FROM events WHERE id = 1")).containsExactly(Row.of(Row.of("web", 3L)));
    }

    @Test
    void theResultTypeOfARowColumnIsARow() {
        PlannedQuery planned = Planner.create(catalog).planQuery(query("SELECT meta FROM events"), OPTIONS);
        assertThat(planned.resultType().fields().get(0).type().root()).isEqualTo(TypeRoot.ROW);
    }

    @Test
    void castToARowBuildsANestedRow() throws Exception {
        assertThat(run("SELECT CAST(ROW(id, 'x') AS ROW<a BIGINT, b STRING>) FROM events WHERE id = 2"))
                .containsExactly(Row.of(Row.of(2L, "x")));
    }

    @Test
    void aFieldOfARowMadeInTheQueryIsRead() throws Exception {
        assertThat(run("SELECT CAST(ROW(id, 'x') AS ROW<a BIGINT, b STRING>).b FROM events WHERE id = 2"))
                .containsExactly(Row.of("x"));
    }
}
