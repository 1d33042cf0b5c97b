package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.TypeRoot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An untyped NULL takes its type from the other arguments, as in Flink. */
class NullLiteralTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(1, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("nulls", List.of(Row.of(1L, "a", true), Row.of(2L, null, false)));
        catalog = new TestCatalog().add(table("t", memory("nulls"), column("id", type("BIGINT")),
                column("s", type("STRING")), column("x", type("BOOLEAN"))));
    }

    private static List<Row> run(String sql) throws Exception {
        return DataflowRunner.collect(Planner.create(catalog).planQuery(query(sql), OPTIONS));
    }

    @Test
    void coalesceWithANullLiteralTakesTheOtherArgumentsType() throws Exception {
        assertThat(run("SELECT id, COALESCE(NULL, s, 'none') FROM t"))
                .containsExactlyInAnyOrder(Row.of(1L, "a"), Row.of(2L, "none"));
        assertThat(Planner.create(catalog).planQuery(query("SELECT COALESCE(NULL, s) FROM t"), OPTIONS)
                .resultType().fields().get(0).type().root()).isEqualTo(TypeRoot.VARCHAR);
    }

    @Test
    void ifWithANullBranchIsTypedByTheOtherBranch() throws Exception {
        assertThat(run("SELECT id, IF(x, NULL, 1) FROM t")).containsExactlyInAnyOrder(Row.of(1L, null), Row.of(2L, 1L));
    }

    @Test
    void caseWithANullBranchIsTypedByTheOtherBranches() throws Exception {
        assertThat(run("SELECT CASE WHEN x THEN NULL ELSE id END FROM t"))
                .containsExactlyInAnyOrder(Row.of((Object) null), Row.of(2L));
    }

    @Test
    void nullifOfEqualValuesIsNull() throws Exception {
        assertThat(run("SELECT NULLIF(s, 'a') FROM t WHERE id = 1")).containsExactly(Row.of((Object) null));
    }

    @Test
    void aNullWithNothingToTakeItsTypeFromIsRejected() {
        assertThatThrownBy(() -> run("SELECT UPPER(NULL) FROM t")).isInstanceOf(ValidationException.class)
                .hasMessage("Illegal use of 'NULL'");
    }

    @Test
    void aComparisonWithNullIsNeverTrue() throws Exception {
        assertThat(run("SELECT id FROM t WHERE s = NULL")).isEmpty();
    }
}
