package io.weir.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlRowTypeNameSpec;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class CalciteExtensionsTest {
    private static SqlDataTypeSpec castTarget(String type) throws SqlParseException {
        SqlNode node = SqlParser.create("CAST(x AS " + type + ")", WeirSqlParserConfig.config()).parseExpression();
        return (SqlDataTypeSpec) ((SqlCall) node).operand(1);
    }

    private static SqlTypeName basicType(SqlDataTypeSpec spec) {
        return SqlTypeName.get(spec.getTypeNameSpec().getTypeName().getSimple());
    }

    @Test
    void castToStringIsAVarcharOfTheLargestLength() throws SqlParseException {
        SqlDataTypeSpec spec = castTarget("STRING");
        assertThat(basicType(spec)).isEqualTo(SqlTypeName.VARCHAR);
        assertThat(((SqlBasicTypeNameSpec) spec.getTypeNameSpec()).getPrecision()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void castToBytesIsAVarbinaryOfTheLargestLength() throws SqlParseException {
        SqlDataTypeSpec spec = castTarget("BYTES");
        assertThat(basicType(spec)).isEqualTo(SqlTypeName.VARBINARY);
        assertThat(((SqlBasicTypeNameSpec) spec.getTypeNameSpec()).getPrecision()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void castToTimestampLtzWithPrecisionIsATimestampWithLocalTimeZone() throws SqlParseException {
        SqlDataTypeSpec spec = castTarget("TIMESTAMP_LTZ(3)");
        assertThat(basicType(spec)).isEqualTo(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE);
        assertThat(((SqlBasicTypeNameSpec) spec.getTypeNameSpec()).getPrecision()).isEqualTo(3);
    }

    @Test
    void castToTimestampLtzWithoutPrecisionLeavesThePrecisionUnset() throws SqlParseException {
        SqlDataTypeSpec spec = castTarget("timestamp_ltz");
        assertThat(basicType(spec)).isEqualTo(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE);
        assertThat(((SqlBasicTypeNameSpec) spec.getTypeNameSpec()).getPrecision()).isEqualTo(-1);
    }

    @Test
    void castToAngleRowIsARowTypeWithItsFields() throws SqlParseException {
        SqlRowTypeNameSpec row = (SqlRowTypeNameSpec) castTarget("ROW<a INT, b STRING NOT NULL>").getTypeNameSpec();
        assertThat(row.getFieldNames()).extracting(n -> n.getSimple()).containsExactly("a", "b");
        assertThat(row.getFieldTypes().get(0).getNullable()).isTrue();
        assertThat(row.getFieldTypes().get(1).getNullable()).isFalse();
    }

    @Test
    void castToParenthesisedRowStillWorks() throws SqlParseException {
        assertThat(castTarget("ROW(a INT)").getTypeNameSpec()).isInstanceOf(SqlRowTypeNameSpec.class);
    }

    @Test
    void theNewTypeNamesRemainUsableAsColumnNames() throws SqlParseException {
        SqlNode node = SqlParser.create("SELECT string, bytes, timestamp_ltz FROM t", WeirSqlParserConfig.config())
                .parseQuery();
        assertThat(node.toString()).contains("`string`", "`bytes`", "`timestamp_ltz`");
    }

    @Test
    void dateTimeIsAnOrdinaryNameAsInFlink() throws SqlParseException {
        SqlNode node = SqlParser.create("SELECT dateTime, A.dateTime FROM t AS A WHERE dateTime > 0",
                WeirSqlParserConfig.config()).parseQuery();
        assertThat(node.toString()).contains("`dateTime`", "`A`.`dateTime`");
    }

    @Test
    void theScriptParserAcceptsTheFlinkTypesInQueries() {
        assertThat(Parsing.parse("SELECT CAST(a AS STRING), CAST(b AS TIMESTAMP_LTZ(3)), CAST(c AS ROW<x INT>) "
                + "FROM t")).hasSize(1);
    }

    @Test
    void theConfigKeepsTheCaseOfNamesAndMatchesThemCaseInsensitively() {
        assertThat(WeirSqlParserConfig.config().caseSensitive()).isFalse();
        assertThat(WeirSqlParserConfig.config().unquotedCasing()).hasToString("UNCHANGED");
        assertThat(WeirSqlParserConfig.config().quotedCasing()).hasToString("UNCHANGED");
        assertThat(WeirSqlParserConfig.conformance().isBangEqualAllowed()).isTrue();
        assertThat(WeirSqlParserConfig.conformance().isPercentRemainderAllowed()).isTrue();
    }
}
