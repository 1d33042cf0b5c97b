package io.weir.parser;

import static io.weir.parser.Parsing.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.statement.CreateTable;
import java.util.List;
import org.apache.calcite.sql.SqlKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateTableTest {
    private static CreateTable table(String columns) {
        return single("CREATE TABLE t (" + columns + ") WITH ('connector' = 'datagen')", CreateTable.class);
    }

    private static TypeSpec typeOf(String type) {
        CreateTable.Column column = table("c " + type).columns().get(0);
        return ((CreateTable.PhysicalColumn) column).type();
    }

    @ParameterizedTest(name = "{0} is {1}({2})")
    @CsvSource(delimiter = '|', value = {
        "BOOLEAN|BOOLEAN|", "TINYINT|TINYINT|", "SMALLINT|SMALLINT|", "INT|INT|", "INTEGER|INT|", "integer|INT|",
        "BIGINT|BIGINT|", "FLOAT|FLOAT|", "DOUBLE|DOUBLE|", "DOUBLE PRECISION|DOUBLE|",
        "DECIMAL|DECIMAL|", "DECIMAL(10)|DECIMAL|10", "DECIMAL(10, 2)|DECIMAL|10,2", "DEC(5,1)|DECIMAL|5,1",
        "NUMERIC(7, 3)|DECIMAL|7,3", "CHAR(3)|CHAR|3", "VARCHAR(20)|VARCHAR|20", "VARCHAR|VARCHAR|",
        "STRING|STRING|", "BINARY(4)|BINARY|4", "VARBINARY(8)|VARBINARY|8", "BYTES|BYTES|", "DATE|DATE|",
        "TIME|TIME|", "TIME(3)|TIME|3", "TIME(0) WITHOUT TIME ZONE|TIME|0", "TIMESTAMP|TIMESTAMP|",
        "TIMESTAMP(3)|TIMESTAMP|3", "TIMESTAMP(6) WITHOUT TIME ZONE|TIMESTAMP|6", "TIMESTAMP_LTZ|TIMESTAMP_LTZ|",
        "TIMESTAMP_LTZ(3)|TIMESTAMP_LTZ|3", "TIMESTAMP(3) WITH LOCAL TIME ZONE|TIMESTAMP_LTZ|3",
        "TIMESTAMP WITH LOCAL TIME ZONE|TIMESTAMP_LTZ|"
    })
    void typesMapToFlinksCanonicalNames(String written, String name, String parameters) {
        TypeSpec type = typeOf(written);
        assertThat(type.name()).isEqualTo(name);
        List<Integer> expected = parameters == null ? List.of()
                : java.util.Arrays.stream(parameters.split(",")).map(Integer::valueOf).toList();
        assertThat(type.parameters()).isEqualTo(expected);
        assertThat(type.nullable()).isTrue();
        assertThat(type.fields()).isEmpty();
    }

    @Test
    void notNullMakesAColumnTypeNonNullable() {
        assertThat(typeOf("BIGINT NOT NULL").nullable()).isFalse();
    }

    @Test
    void angleRowTypesListTheirFields() {
        TypeSpec row = typeOf("ROW<a INT NOT NULL, `b c` STRING, d ROW<e TIMESTAMP(3)>>");
        assertThat(row.name()).isEqualTo("ROW");
        assertThat(row.fields()).extracting(TypeSpec.Field::name).containsExactly("a", "b c", "d");
        assertThat(row.fields().get(0).type().nullable()).isFalse();
        assertThat(row.fields().get(1).type().name()).isEqualTo("STRING");
        TypeSpec nested = row.fields().get(2).type();
        assertThat(nested.fields()).hasSize(1);
        assertThat(nested.fields().get(0).type().parameters()).containsExactly(3);
    }

    @Test
    void parenthesisedRowTypesListTheirFields() {
        TypeSpec row = typeOf("ROW(a INT, b VARCHAR(3))");
        assertThat(row.fields()).extracting(f -> f.type().name()).containsExactly("INT", "VARCHAR");
    }

    @Test
    void columnCommentsAreKept() {
        CreateTable table = table("a INT COMMENT 'the a', b AS a * 2 COMMENT 'twice'");
        assertThat(table.columns().get(0).comment()).contains("the a");
        assertThat(table.columns().get(1).comment()).contains("twice");
    }

    @Test
    void computedColumnsKeepExpressionAndText() {
        CreateTable table = table("a INT, b AS CAST(a AS STRING) || 'x', c AS PROCTIME()");
        CreateTable.ComputedColumn b = (CreateTable.ComputedColumn) table.columns().get(1);
        assertThat(b.name()).isEqualTo("b");
        assertThat(b.expressionText()).isEqualTo("CAST(a AS STRING) || 'x'");
        assertThat(((org.apache.calcite.sql.SqlCall) b.expression()).getOperator().getName()).isEqualTo("||");
        CreateTable.ComputedColumn c = (CreateTable.ComputedColumn) table.columns().get(2);
        assertThat(c.expressionText()).isEqualTo("PROCTIME()");
    }

    @Test
    void watermarkKeepsItsColumnAndExpression() {
        CreateTable table = table("ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND");
        CreateTable.Watermark watermark = table.watermark().orElseThrow();
        assertThat(watermark.column()).isEqualTo("ts");
        assertThat(watermark.expressionText()).isEqualTo("ts - INTERVAL '5' SECOND");
        assertThat(watermark.expression().getKind()).isEqualTo(SqlKind.MINUS);
    }

    @Test
    void tableLevelPrimaryKeyListsItsColumns() {
        assertThat(table("a INT, b INT, PRIMARY KEY (a, b) NOT ENFORCED").primaryKey()).containsExactly("a", "b");
    }

    @Test
    void namedConstraintPrimaryKeyListsItsColumns() {
        assertThat(table("a INT, CONSTRAINT pk PRIMARY KEY (a) NOT ENFORCED").primaryKey()).containsExactly("a");
    }

    @Test
    void columnLevelPrimaryKeyNamesThatColumn() {
        CreateTable table = table("id INT PRIMARY KEY NOT ENFORCED, name STRING");
        assertThat(table.primaryKey()).containsExactly("id");
        assertThat(table.columns()).hasSize(2);
    }

    @Test
    void aTableWithoutKeyHasAnEmptyPrimaryKey() {
        assertThat(table("a INT").primaryKey()).isEmpty();
        assertThat(table("a INT").watermark()).isEmpty();
    }

    @Test
    void optionsKeepTheirWrittenOrder() {
        CreateTable table = single("CREATE TABLE t (a INT) WITH ('z' = '1', 'a' = '2', 'm' = '3')", CreateTable.class);
        assertThat(table.options().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void quotedOptionKeysAndValuesUndoDoubledQuotes() {
        CreateTable table = single("CREATE TABLE t (a INT) WITH ('it''s' = 'a ''b''; c')", CreateTable.class);
        assertThat(table.options()).containsEntry("it's", "a 'b'; c");
    }

    @Test
    void ifNotExistsAndTableCommentAreKept() {
        CreateTable table = single("CREATE TABLE IF NOT EXISTS db.t (a INT) COMMENT 'a table' WITH ('k' = 'v')",
                CreateTable.class);
        assertThat(table.ifNotExists()).isTrue();
        assertThat(table.comment()).contains("a table");
        assertThat(table.name()).isEqualTo(ObjectName.of("db", "t"));
    }

    @Test
    void keywordsServeAsColumnNames() {
        CreateTable table = table("key BIGINT, `value` STRING, comment STRING, time TIME, final INT");
        assertThat(table.columns()).extracting(CreateTable.Column::name)
                .containsExactly("key", "value", "comment", "time", "final");
    }

    @Test
    void columnSpansPointAtTheirDefinition() {
        CreateTable table = single("CREATE TABLE t (\n  a INT,\n  b AS a + 1\n)", CreateTable.class);
        assertThat(table.columns().get(1).span()).isEqualTo(new SourceSpan(3, 3, 3, 12));
    }
}
