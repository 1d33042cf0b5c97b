package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.weir.parser.SourceSpan;
import io.weir.runtime.ErrorCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationErrorTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(1, Map.of());
    private final Planner planner = Planner.create(new TestCatalog()
            .add(table("bid", memory("none"), column("id", type("BIGINT")), column("price", type("INT")),
                    column("item", type("STRING")))));

    private ValidationException error(String sql) {
        return catchThrowableOfType(ValidationException.class, () -> planner.planQuery(query(sql), OPTIONS));
    }

    @Test
    void unknownColumnNamesTheTableAndSuggestsTheClosestColumn() {
        ValidationException e = error("SELECT id,\n  price\nFROM bid\nWHERE pricee > 3");
        assertThat(e).hasMessage("Unknown column 'pricee' in table 'bid'; did you mean 'price'?");
        assertThat(e.span().startLine()).isEqualTo(4);
        assertThat(e.span().startColumn()).isEqualTo(7);
    }

    @Test
    void unknownTableSuggestsTheClosestTable() {
        ValidationException e = error("SELECT id FROM bids");
        assertThat(e).hasMessage("Unknown table 'bids'; did you mean 'bid'?");
        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_OBJECT);
        assertThat(e.span()).isEqualTo(new SourceSpan(1, 16, 1, 19));
    }

    @Test
    void operatorOnIncompatibleTypesNamesThemInFlinkSpelling() {
        assertThat(error("SELECT price + item FROM bid"))
                .hasMessage("Cannot apply '+' to arguments of type INT and STRING");
    }

    @Test
    void unknownFunctionIsNamed() {
        assertThat(error("SELECT NO_SUCH_FN(id) FROM bid")).hasMessageStartingWith("Unknown function NO_SUCH_FN(");
    }

    @Test
    void unsupportedAggregateFunctionsAreRejectedAtTheirPosition() {
        ValidationException e = error("SELECT item,\n  STDDEV_POP(id) FROM bid GROUP BY item");
        assertThat(e).hasMessage("The aggregate function STDDEV_POP is not supported yet");
        assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED);
        assertThat(e.span().startLine()).isEqualTo(2);
    }

    @Test
    void joinsAreRejectedAtTheirPosition() {
        ValidationException e = error("SELECT *\nFROM bid a JOIN bid b ON a.id = b.id");
        assertThat(e).hasMessage("Joins are not supported yet");
        assertThat(e.span().startLine()).isEqualTo(2);
    }

    @Test
    void orderByIsRejectedInStreamingModeWithTheWayToBatchMode() {
        assertThat(error("SELECT id FROM bid ORDER BY id")).hasMessage("ORDER BY is not supported in streaming mode;"
                + " to sort or limit the result of bounded tables, SET 'execution.runtime-mode' = 'batch'");
    }

    @Test
    void overWindowsAreRejected() {
        assertThat(error("SELECT SUM(price) OVER (ORDER BY id) FROM bid")).hasMessage("OVER windows are not supported yet");
    }

    @Test
    void firstValueOverAWindowResolvesAndIsRejectedAsAnOverWindow() {
        assertThat(error("SELECT FIRST_VALUE(price) OVER (ORDER BY id) FROM bid")).hasMessage("OVER windows are not supported yet");
    }

    @Test
    void unionWithoutAllIsRejected() {
        assertThat(error("SELECT id FROM bid UNION SELECT id FROM bid")).hasMessage("UNION without ALL is not supported yet");
    }

    @Test
    void describeOfAnUnknownNameSuggestsAKnownOne() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> planner.describe("bdi")))
                .hasMessage("Unknown table 'bdi'; did you mean 'bid'?");
    }
}
