package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The planner reads SQL as the parser does: back-quoted names, case-insensitive matching, Flink's liberties. */
class SqlDialectTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(1, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("dialect", List.of(Row.of(1L, "a"), Row.of(2L, "b"), Row.of(3L, "c")));
        catalog = new TestCatalog().add(table("Orders", memory("dialect"), column("order id", type("BIGINT")),
                column("Item", type("STRING"))));
    }

    private static List<Row> run(String sql) throws Exception {
        return DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), OPTIONS));
    }

    @Test
    void backQuotedNamesMayHoldSpaces() throws Exception {
        assertThat(run("SELECT `order id` FROM `Orders` WHERE `order id` = 2")).containsExactly(Row.of(2L));
    }

    @Test
    void namesMatchWhateverTheirCase() throws Exception {
        assertThat(run("SELECT ITEM FROM orders WHERE `ORDER ID` = 1")).containsExactly(Row.of("a"));
    }

    @Test
    void bangEqualMeansNotEqual() throws Exception {
        assertThat(run("SELECT `order id` FROM Orders WHERE item != 'a' AND item <> 'b'")).containsExactly(Row.of(3L));
    }

    @Test
    void percentIsTheRemainder() throws Exception {
        assertThat(run("SELECT `order id` % 2 FROM Orders WHERE item = 'c'")).containsExactly(Row.of(1L));
    }

    @Test
    void stringAndBytesAreTypeNamesInCasts() throws Exception {
        assertThat(run("SELECT CAST(`order id` AS STRING), CAST(item AS BYTES) IS NOT NULL FROM Orders WHERE item = 'a'"))
                .containsExactly(Row.of("1", true));
    }
}
