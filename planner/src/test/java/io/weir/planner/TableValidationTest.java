package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.computed;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.parser.ObjectName;
import io.weir.parser.SourceSpan;
import io.weir.parser.statement.CreateTable;
import io.weir.runtime.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableValidationTest {
    private final TestCatalog catalog = new TestCatalog();
    private final Planner planner = Planner.create(catalog);

    private static CreateTable table(Optional<CreateTable.Watermark> watermark, List<String> key, Map<String, String> options,
            CreateTable.Column... columns) {
        return new CreateTable(SourceSpan.at(1, 1), "CREATE TABLE t", ObjectName.of("t"), false, List.of(columns), watermark,
                key, Optional.empty(), options);
    }

    private static CreateTable.Watermark watermark(String column, String expression) {
        return new CreateTable.Watermark(column, TestCatalog.parseExpression(expression), expression, SourceSpan.at(2, 3));
    }

    @Test
    void describeListsPhysicalAndComputedColumnsWithFlinkTypes() {
        catalog.add(TestCatalog.table("t", memory("none"), column("price", type("DECIMAL", 10, 2)),
                column("name", type("STRING")), computed("upper_name", "UPPER(name)"), column("ts", type("TIMESTAMP", 3))));
        assertThat(planner.describe("T").fields()).extracting(Object::toString).containsExactly(
                "`price` DECIMAL(10, 2)", "`name` STRING", "`upper_name` STRING", "`ts` TIMESTAMP(3)");
    }

    @Test
    void aValidTableWithWatermarkAndKeyPasses() {
        planner.validateTable(table(Optional.of(watermark("ts", "ts - INTERVAL '5' SECOND")), List.of("id"), memory("none"),
                column("id", type("BIGINT")), column("ts", type("TIMESTAMP", 3))));
    }

    @Test
    void primaryKeyColumnsBecomeNotNull() {
        catalog.add(table(Optional.empty(), List.of("id"), memory("none"), column("id", type("BIGINT"))));
        assertThat(planner.describe("t").type(0).nullable()).isFalse();
    }

    @Test
    void duplicateColumnsAreRejected() {
        assertThatThrownBy(() -> planner.validateTable(table(Optional.empty(), List.of(), memory("none"),
                column("a", type("INT")), column("A", type("INT")))))
                .hasMessage("Duplicate column 'A' in table 't'");
    }

    @Test
    void decimalPrecisionOutOfRangeIsRejected() {
        assertThatThrownBy(() -> planner.validateTable(table(Optional.empty(), List.of(), memory("none"),
                column("a", type("DECIMAL", 40, 2)))))
                .hasMessage("Invalid type DECIMAL(40, 2): DECIMAL precision must be between 1 and 38");
    }

    @Test
    void watermarkOnANonTimestampColumnIsRejected() {
        assertThatThrownBy(() -> planner.validateTable(table(Optional.of(watermark("id", "id")), List.of(), memory("none"),
                column("id", type("BIGINT")))))
                .hasMessage("The WATERMARK column 'id' must be TIMESTAMP(3) or TIMESTAMP_LTZ(3), but is BIGINT");
    }

    @Test
    void computedColumnOverAnUnknownColumnIsRejected() {
        assertThatThrownBy(() -> planner.validateTable(table(Optional.empty(), List.of(), memory("none"),
                column("price", type("INT")), computed("c", "prise + 1"))))
                .hasMessage("Unknown column 'prise' in table 't'; did you mean 'price'?");
    }

    @Test
    void unknownPrimaryKeyColumnIsRejected() {
        assertThatThrownBy(() -> planner.validateTable(table(Optional.empty(), List.of("idd"), memory("none"),
                column("id", type("INT")))))
                .hasMessage("Unknown column 'idd' in PRIMARY KEY; did you mean 'id'?");
    }

    @Test
    void unknownConnectorOptionIsRejectedWithItsName() {
        assertThatThrownBy(() -> planner.validateTable(table(Optional.empty(), List.of(),
                Map.of("connector", "memory", "dat", "x"), column("id", type("INT")))))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Unknown option 'dat' for connector 'memory'; did you mean 'data'?")
                .satisfies(e -> assertThat(((ValidationException) e).code()).isEqualTo(ErrorCode.INVALID_OPTION));
    }

    @Test
    void validateViewReturnsTheViewsColumns() {
        catalog.add(TestCatalog.table("bid", memory("none"), column("id", type("BIGINT")), column("price", type("INT"))));
        assertThat(planner.validateView(TestCatalog.view("v", "SELECT id, price + 1 AS p FROM bid")).names())
                .containsExactly("id", "p");
    }
}
