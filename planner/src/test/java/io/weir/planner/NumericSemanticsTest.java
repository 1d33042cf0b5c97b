package io.weir.planner;

import static io.weir.planner.TestCatalog.column;
import static io.weir.planner.TestCatalog.memory;
import static io.weir.planner.TestCatalog.query;
import static io.weir.planner.TestCatalog.table;
import static io.weir.planner.TestCatalog.type;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Casts, rounding and decimal arithmetic as Flink defines them, both folded at planning time (literals) and
 * evaluated per row (the same values read from a table's columns).
 */
class NumericSemanticsTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(1, Map.of());
    private static TestCatalog catalog;

    @BeforeAll
    static void tables() {
        MemoryConnector.ROWS.put("numbers", List.of(Row.of(new BigDecimal("12.345"), new BigDecimal("2.567"),
                new BigDecimal("10.0"), 4L, 300L, 3_000_000_000L, true, 2.7d, " 12 ", new BigDecimal("-12.345"))));
        catalog = new TestCatalog().add(table("n", memory("numbers"), column("d3", type("DECIMAL", 5, 3)),
                column("r", type("DECIMAL", 4, 3)), column("ten", type("DECIMAL", 3, 1)), column("four", type("INT")),
                column("i300", type("INT")), column("big", type("BIGINT")), column("t", type("BOOLEAN")),
                column("dbl", type("DOUBLE")), column("s", type("STRING")), column("neg", type("DECIMAL", 5, 3))));
    }

    private static Row evaluate(String expression) throws Exception {
        PlannedQuery planned = Planner.create(catalog).planQuery(query("SELECT " + expression + " FROM n"), OPTIONS);
        List<Row> rows = DataflowRunner.collect(planned);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static String text(Row row) {
        if (row.isNullAt(0)) {
            return "NULL";
        }
        Object value = row.getObject(0);
        return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
    }

    private static DataType resultType(String expression) {
        return Planner.create(catalog).planQuery(query("SELECT " + expression + " FROM n"), OPTIONS)
                .resultType().fields().get(0).type();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "CAST(12.345 AS DECIMAL(5, 2)) | 12.35",
        "CAST(d3 AS DECIMAL(5, 2)) | 12.35",
        "CAST(-12.345 AS DECIMAL(5, 2)) | -12.35",
        "CAST(neg AS DECIMAL(5, 2)) | -12.35",
        "ROUND(2.567, 2) | 2.57",
        "ROUND(r, 2) | 2.57",
        "ROUND(r, 0) | 3",
        "TRUNCATE(2.567, 2) | 2.56",
        "TRUNCATE(r, 2) | 2.56",
        "10.0 / 4 | 2.500000000000",
        "ten / four | 2.500000000000",
        "1.5 * 2.25 | 3.375",
        "1.5 + 2.25 | 3.75",
    })
    void decimalsRoundAndScaleAsInFlink(String expression, String expected) throws Exception {
        assertThat(text(evaluate(expression))).isEqualTo(expected);
    }

    /** The literal 0.9 is a DECIMAL(2, 1), as the parser types it in Flink too; BIGINT counts as DECIMAL(19, 0). */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "ROUND(2.567, 2) | DECIMAL(4, 2)",
        "ROUND(r, 0) | DECIMAL(2, 0)",
        "TRUNCATE(r, 2) | DECIMAL(4, 2)",
        "ROUND(r, 5) | DECIMAL(4, 3)",
        "10.0 / 4 | DECIMAL(14, 12)",
        "ten / four | DECIMAL(14, 12)",
        "1.5 * 2.25 | DECIMAL(6, 3)",
        "1.5 + 2.25 | DECIMAL(4, 2)",
        "ten - r | DECIMAL(6, 3)",
        "big * 0.9 | DECIMAL(22, 1)",
        "four + 1.5 | DECIMAL(12, 1)",
    })
    void decimalResultTypesFollowFlinksRules(String expression, String expected) {
        DataType type = resultType(expression);
        assertThat("DECIMAL(" + type.precision() + ", " + type.scale() + ")").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "CAST(TRUE AS INT) | 1",
        "CAST(t AS INT) | 1",
        "CAST(t AS BIGINT) | 1",
        "CAST(300 AS TINYINT) | 44",
        "CAST(i300 AS TINYINT) | 44",
        "CAST(70000 AS SMALLINT) | 4464",
        "CAST(big AS INT) | -1294967296",
        "CAST(2.7 AS INT) | 2",
        "CAST(dbl AS INT) | 2",
        "CAST(-2.7 AS INT) | -2",
        "CAST(s AS INT) | 12",
    })
    void integerCastsNarrowAsJavaDoes(String expression, long expected) throws Exception {
        assertThat(evaluate(expression).getLong(0)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "CAST(1 AS BOOLEAN) | true",
        "CAST(0 AS BOOLEAN) | false",
        "CAST(four AS BOOLEAN) | true",
        "CAST(four - 4 AS BOOLEAN) | false",
    })
    void numbersCastToBooleanByZeroOrNot(String expression, boolean expected) throws Exception {
        assertThat(evaluate(expression).getBoolean(0)).isEqualTo(expected);
    }
}
