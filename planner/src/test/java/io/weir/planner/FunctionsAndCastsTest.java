package io.weir.planner;

import static io.weir.planner.TestCatalog.query;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionsAndCastsTest {
    private static final PlannerOptions OPTIONS = new PlannerOptions(1, Map.of());

    private static Object evaluate(String expression) throws Exception {
        // The value goes through a VALUES row so the expression is compiled, not folded at planning time.
        List<Row> rows = DataflowRunner.collect(Planner.create(new TestCatalog()).planQuery(
                query("SELECT " + expression + " FROM (VALUES ('2026-01-02 10:30:45', 'abc', 1)) AS t(ts, s, n)"), OPTIONS));
        assertThat(rows).hasSize(1);
        Row row = rows.get(0);
        return row.isNullAt(0) ? null : row.getObject(0) != null ? row.getObject(0) : (Object) row.getLong(0);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "NULL", value = {
        "DATE_FORMAT(TO_TIMESTAMP(ts), 'yyyy-MM-dd HH:mm') | 2026-01-02 10:30",
        "DATE_FORMAT(ts, 'dd/MM/yyyy') | 02/01/2026",
        "REGEXP_EXTRACT('foothebar', 'foo(.*?)(bar)', 2) | bar",
        "REGEXP_EXTRACT('foothebar', 'foo(.*?)(bar)', 1) | the",
        "REGEXP_EXTRACT('foothebar', 'x(y)', 1) | NULL",
        "SPLIT_INDEX('a,b,c', ',', 1) | b",
        "SPLIT_INDEX('a,b,c', ',', 5) | NULL",
        "UPPER(s) | ABC",
        "LOWER('X') | x",
        "CHAR_LENGTH(s) | 3",
        "TRIM('  x  ') | x",
        "SUBSTRING(s FROM 2 FOR 1) | b",
        "SUBSTR(s, 2) | bc",
        "CONCAT(s, '-', s) | abc-abc",
        "CONCAT_WS('-', s, CAST(NULL AS STRING), 'z') | abc-z",
        "REPLACE(s, 'b', 'B') | aBc",
        "POSITION('c' IN s) | 3",
        "REGEXP_REPLACE(s, '[ab]', 'x') | xxc",
        "INITCAP('hello world') | Hello World",
        "LPAD(s, 5, '*') | **abc",
        "RPAD(s, 5, '*') | abc**",
        "IF(n > 0, 'yes', 'no') | yes",
        "COALESCE(CAST(NULL AS STRING), s) | abc",
        "CASE WHEN n = 1 THEN 'n' ELSE 'other' END | n",
        "CAST(n AS STRING) | 1",
        "CAST(CAST('12.5' AS DECIMAL(5, 2)) AS STRING) | 12.50",
        "CAST(CAST(ts AS TIMESTAMP(3)) AS STRING) | 2026-01-02 10:30:45",
        "CAST(CAST('2026-03-04' AS DATE) AS STRING) | 2026-03-04",
        "CAST(TRUE AS STRING) | TRUE",
        "TRY_CAST(s AS INT) | NULL",
        "YEAR(TO_TIMESTAMP(ts)) | 2026",
        "EXTRACT(HOUR FROM TO_TIMESTAMP(ts)) | 10",
        "MOD(7, 3) | 1",
        "ABS(-4) | 4",
        "POWER(2, 3) | 8.0",
        "FLOOR(2.5) | 2",
        "n IS NOT DISTINCT FROM CAST(NULL AS INT) | 0",
        "s LIKE 'a%' | 1",
    })
    void scalarFunctionsBehaveAsInFlink(String expression, String expected) throws Exception {
        Object value = evaluate(expression);
        assertThat(value == null ? null : value instanceof BigDecimal ? ((BigDecimal) value).toPlainString()
                : value instanceof Long && expected != null && expected.contains(".")
                        ? String.valueOf(Double.longBitsToDouble((Long) value)) : String.valueOf(value))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "CAST(CAST({0} AS {1}) AS STRING) = {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "'1' | TINYINT", "'-2' | SMALLINT", "'3' | INT", "'4000000000' | BIGINT", "'1.5' | DOUBLE", "'2.25' | FLOAT",
        "'12.34' | DECIMAL(10, 2)", "'abc' | VARCHAR(5)", "'2026-01-02' | DATE", "'10:11:12' | TIME",
        "'2026-01-02 03:04:05' | TIMESTAMP(0)", "'x' | STRING", "'true' | BOOLEAN",
    })
    void everyTypeRoundTripsThroughAString(String literal, String type) throws Exception {
        Object value = evaluate("CAST(CAST(" + literal + " AS " + type + ") AS STRING)");
        String text = literal.substring(1, literal.length() - 1);
        assertThat(String.valueOf(value)).isEqualToIgnoringCase(text);
    }
}
