package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.computed;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryExecutionTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(2, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("bids", List.of(
                Row.of(1L, "book", new BigDecimal("12.50"), 10L),
                Row.of(2L, "pen", new BigDecimal("3.00"), 20L),
                Row.of(3L, null, new BigDecimal("40.00"), null)));
        catalog = new TestCatalog()
                .add(table("bid", memory("bids"), column("id", type("BIGINT")), column("item", type("STRING")),
                        column("price", type("DECIMAL", 10, 2)), column("qty", type("INT")),
                        computed("total", "price * qty")))
                .add(table("out", Map.of("connector", "memory"), column("id", type("BIGINT")),
                        column("item", type("STRING"))));
    }

    private static List<Row> run(String sql) throws Exception {
        return DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), OPTIONS));
    }

    @Test
    void selectWithoutFromReturnsOneRow() throws Exception {
        assertThat(run("SELECT 1, 'a' || 'b'")).containsExactly(Row.of(1L, "ab"));
    }

    @Test
    void whereAndProjectionRunOverATable() throws Exception {
        assertThat(run("SELECT id, UPPER(item) AS u FROM bid WHERE price > 5"))
                .containsExactlyInAnyOrder(Row.of(1L, "BOOK"), Row.of(3L, null));
    }

    @Test
    void nullInAComparisonRejectsTheRow() throws Exception {
        assertThat(run("SELECT id FROM bid WHERE qty > 0")).containsExactlyInAnyOrder(Row.of(1L), Row.of(2L));
    }

    @Test
    void computedColumnsAreComputedFromThePhysicalColumns() throws Exception {
        assertThat(run("SELECT id, total FROM bid WHERE id = 1")).containsExactly(Row.of(1L, new BigDecimal("125.00")));
    }

    @Test
    void unionAllConcatenatesBothInputs() throws Exception {
        assertThat(run("SELECT id FROM bid WHERE id = 1 UNION ALL SELECT id FROM bid WHERE id = 2"))
                .containsExactlyInAnyOrder(Row.of(1L), Row.of(2L));
    }

    @Test
    void subqueriesInFromAreFlattened() throws Exception {
        assertThat(run("SELECT x + 1 FROM (SELECT id * 10 AS x FROM bid) WHERE x > 15"))
                .containsExactlyInAnyOrder(Row.of(21L), Row.of(31L));
    }

    @Test
    void valuesRowsAreReturned() throws Exception {
        assertThat(run("SELECT a, b FROM (VALUES (1, 'x'), (2, 'y')) AS t(a, b) WHERE a > 1"))
                .containsExactly(Row.of(2L, "y"));
    }

    @Test
    void qualifiedTableNamesResolve() throws Exception {
        assertThat(run("SELECT id FROM default_catalog.default_database.bid WHERE id = 2")).containsExactly(Row.of(2L));
        assertThat(run("SELECT id FROM default_database.BID WHERE id = 2")).containsExactly(Row.of(2L));
    }

    @Test
    void viewsExpandTheirQuery() throws Exception {
        TestCatalog withView = new TestCatalog()
                .add(catalog.table("bid").orElseThrow())
                .add(TestCatalog.view("cheap", "SELECT id, price FROM bid WHERE price < 20"));
        List<Row> rows = DataflowRunner.collect(Planner.create(withView).planQuery(query("SELECT id FROM cheap"), OPTIONS));
        assertThat(rows).containsExactlyInAnyOrder(Row.of(1L), Row.of(2L));
    }

    @Test
    void insertWritesThroughTheTargetSink() throws Exception {
        MemoryConnector.WRITTEN.remove("out");
        PlannedQuery insert = Planner.create(catalog).planInsert(
                TestCatalog.insert("out", List.of(), "SELECT id, item FROM bid WHERE id < 3"), OPTIONS);
        DataflowRunner.run(insert.dataflow().apply(null));
        assertThat(MemoryConnector.WRITTEN.get("out")).containsExactlyInAnyOrder(Row.of(1L, "book"), Row.of(2L, "pen"));
    }

    @Test
    void insertCastsNarrowerNumbersImplicitly() throws Exception {
        MemoryConnector.WRITTEN.remove("out");
        PlannedQuery insert = Planner.create(catalog).planInsert(
                TestCatalog.insert("out", List.of("item", "id"), "SELECT 'z', 7"), OPTIONS);
        DataflowRunner.run(insert.dataflow().apply(null));
        assertThat(MemoryConnector.WRITTEN.get("out")).containsExactly(Row.of(7L, "z"));
    }

    @Test
    void insertOfAnIncompatibleTypeIsRejected() {
        assertThatThrownBy(() -> Planner.create(catalog).planInsert(
                TestCatalog.insert("out", List.of(), "SELECT 'a', 'b'"), OPTIONS))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Cannot insert a value of type CHAR(1) into column 'id' of type BIGINT in table 'out'; add a CAST");
    }

    @Test
    void integerDivisionByZeroFailsWithAClearMessage() {
        assertThatThrownBy(() -> run("SELECT id / (qty - qty) FROM bid WHERE id = 1"))
                .isInstanceOf(WeirException.class)
                .hasMessage("Division by zero")
                .satisfies(e -> assertThat(((WeirException) e).code()).isEqualTo(ErrorCode.DATA_ERROR));
    }

    @Test
    void castOfABadStringToIntFailsAtRunTime() {
        assertThatThrownBy(() -> run("SELECT CAST(item AS INT) FROM bid WHERE id = 1"))
                .isInstanceOf(WeirException.class)
                .hasMessage("Cannot cast 'book' to INT")
                .satisfies(e -> assertThat(((WeirException) e).code()).isEqualTo(ErrorCode.DATA_ERROR));
    }

    @Test
    void aConstantCastThatFailsIsNotFoldedAndFailsTheJobCleanly() {
        assertThatThrownBy(() -> run("SELECT CAST('abc' AS INT)"))
                .isInstanceOf(WeirException.class)
                .hasMessage("Cannot cast 'abc' to INT")
                .satisfies(e -> assertThat(((WeirException) e).code()).isEqualTo(ErrorCode.DATA_ERROR));
    }

    @Test
    void aConstantDivisionByZeroFailsTheJobCleanly() {
        assertThatThrownBy(() -> run("SELECT 1 / 0"))
                .isInstanceOf(WeirException.class)
                .hasMessage("Division by zero");
    }

    @Test
    void aBadStringCastToDecimalNamesTheType() {
        assertThatThrownBy(() -> run("SELECT CAST(item AS DECIMAL(5, 2)) FROM bid WHERE id = 2"))
                .isInstanceOf(WeirException.class)
                .hasMessage("Cannot cast 'pen' to DECIMAL(5, 2)");
    }

    @Test
    void tryCastOfABadStringGivesNull() throws Exception {
        assertThat(run("SELECT TRY_CAST(item AS INT) FROM bid WHERE id = 1")).containsExactly(Row.of((Object) null));
    }
}
