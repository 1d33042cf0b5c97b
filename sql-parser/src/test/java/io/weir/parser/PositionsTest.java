package io.weir.parser;

import static io.weir.parser.Parsing.parse;
import static io.weir.parser.Parsing.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.Query;
import io.weir.parser.statement.Statement;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.junit.jupiter.api.Test;

class PositionsTest {
    @Test
    void aStatementOnLineFortyHasItsSpanOnLineForty() {
        String script = "-- header\n".repeat(39) + "  SELECT a\n  FROM t;";
        Statement statement = parse(script).get(0);
        assertThat(statement.span()).isEqualTo(new SourceSpan(40, 3, 41, 8));
    }

    @Test
    void aSecondStatementOnTheSameLineStartsAfterTheFirst() {
        List<Statement> statements = parse("SHOW TABLES; SHOW VIEWS");
        assertThat(statements.get(1).span()).isEqualTo(new SourceSpan(1, 14, 1, 23));
    }

    @Test
    void calciteNodePositionsOfAQueryOnALaterLineAreScriptPositions() {
        Query query = (Query) parse("SET 'a' = 'b';\n\n    SELECT price,\n  bidder FROM bid").get(1);
        SqlSelect select = (SqlSelect) query.query();
        SqlParserPos price = select.getSelectList().get(0).getParserPosition();
        assertThat(price.getLineNum()).isEqualTo(3);
        assertThat(price.getColumnNum()).isEqualTo(12);
        SqlParserPos bidder = select.getSelectList().get(1).getParserPosition();
        assertThat(bidder.getLineNum()).isEqualTo(4);
        assertThat(bidder.getColumnNum()).isEqualTo(3);
        SqlIdentifier from = (SqlIdentifier) select.getFrom();
        assertThat(from.getParserPosition().getLineNum()).isEqualTo(4);
        assertThat(from.getParserPosition().getColumnNum()).isEqualTo(15);
    }

    @Test
    void computedColumnExpressionPositionsAreScriptPositions() {
        CreateTable table = single("CREATE TABLE t (\n  a INT,\n  b AS a + 1\n)", CreateTable.class);
        CreateTable.ComputedColumn b = (CreateTable.ComputedColumn) table.columns().get(1);
        SqlParserPos operand = ((org.apache.calcite.sql.SqlCall) b.expression()).operand(0).getParserPosition();
        assertThat(operand.getLineNum()).isEqualTo(3);
        assertThat(operand.getColumnNum()).isEqualTo(8);
    }

    @Test
    void aStatementEndingInAMultiLineStringEndsOnTheStringsLastLine() {
        Statement statement = parse("SET 'k' = 'a\nbc'").get(0);
        assertThat(statement.span()).isEqualTo(new SourceSpan(1, 1, 2, 3));
    }
}
