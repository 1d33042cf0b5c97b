package io.weir.parser;

import static io.weir.parser.Parsing.error;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorsTest {
    @Test
    void aMisspeltKeywordAfterCreateNamesWhatCouldFollow() {
        ParseException e = error("CREATE TABEL t (a INT)");
        assertThat(e.getMessage()).isEqualTo("Unexpected 'TABEL'; expected TABLE, TEMPORARY or VIEW");
        assertThat(e.span()).isEqualTo(new SourceSpan(1, 8, 1, 12));
    }

    @Test
    void anUnknownStatementNamesTheStatementKeywords() {
        ParseException e = error("SELEC 1");
        assertThat(e.getMessage()).startsWith("Unexpected 'SELEC'; expected a statement such as SELECT");
    }

    @Test
    void aMissingClosingParenthesisIsReportedAtTheEnd() {
        ParseException e = error("CREATE TABLE t (a INT");
        assertThat(e.getMessage()).isEqualTo("Unexpected end of script; expected ')' or ','");
    }

    @Test
    void aMissingParenthesisBeforeAKeywordIsNamed() {
        ParseException e = error("CREATE TABLE t (a INT, PRIMARY KEY (a NOT ENFORCED)");
        assertThat(e.getMessage()).contains("')'");
        assertThat(e.span().startColumn()).isEqualTo(39);
    }

    @Test
    void anUnterminatedStringIsReportedWhereItOpens() {
        ParseException e = error("SELECT 1;\nSET 'a' = 'b");
        assertThat(e.getMessage()).startsWith("Unterminated string literal");
        assertThat(e.span().startLine()).isEqualTo(2);
        assertThat(e.span().startColumn()).isEqualTo(11);
    }

    @Test
    void anUnterminatedQuotedNameIsReported() {
        assertThat(error("SELECT `abc FROM t").getMessage()).startsWith("Unterminated quoted name");
    }

    @Test
    void anUnterminatedCommentIsReported() {
        assertThat(error("SELECT 1; /* never closed").getMessage()).startsWith("Unterminated comment");
    }

    @Test
    void antlrErrorsOnALaterLineCarryThatLine() {
        ParseException e = error("SELECT 1;\n\n\nSHOW TABLE t");
        assertThat(e.span().startLine()).isEqualTo(4);
        assertThat(e.span().startColumn()).isEqualTo(6);
        assertThat(e.getMessage()).isEqualTo("Unexpected 'TABLE'; expected CHECKPOINTS, CREATE, JOBS, SAVEPOINTS, TABLES or VIEWS");
    }

    @Test
    void calciteErrorsInsideAQueryOnALaterLineCarryTheScriptPosition() {
        ParseException e = error("SHOW TABLES;\n\nSELECT a\n   FRM t");
        assertThat(e.span().startLine()).isEqualTo(4);
        assertThat(e.span().startColumn()).isEqualTo(8);
        assertThat(e.getMessage()).startsWith("Unexpected 't'; expected ");
        assertThat(e.getMessage()).doesNotContain("Was expecting").doesNotContain("line");
    }

    @Test
    void calciteErrorsListAtMostAFewExpectedTokens() {
        ParseException e = error("SELECT a FROM t WHERE");
        assertThat(e.getMessage()).isEqualTo("Unexpected end of statement; expected an expression");
    }

    @Test
    void aCalciteErrorAfterAColumnOffsetKeepsTheColumn() {
        ParseException e = error("SET 'a' = 'b'; SELECT a, FROM t");
        assertThat(e.getMessage()).isEqualTo("Unexpected 'FROM'; expected an expression");
        assertThat(e.span()).isEqualTo(new SourceSpan(1, 26, 1, 29));
    }

    @Test
    void anErrorInAComputedColumnExpressionPointsIntoIt() {
        ParseException e = error("CREATE TABLE t (\n  a INT,\n  b AS a b c\n)");
        assertThat(e.span().startLine()).isEqualTo(3);
        assertThat(e.span().startColumn()).isEqualTo(10);
    }

    @Test
    void theFirstErrorOfTheScriptIsReported() {
        ParseException e = error("SELECT a FRM t;\nCREATE TABEL x");
        assertThat(e.span().startLine()).isEqualTo(1);
    }

    @Test
    void anUnknownTypeListsTheKnownOnes() {
        ParseException e = error("CREATE TABLE t (a TEXT)");
        assertThat(e.getMessage()).startsWith("Unknown type 'TEXT'; expected one of BOOLEAN, TINYINT");
        assertThat(e.span().startColumn()).isEqualTo(19);
    }

    @Test
    void aTypeWithTooManyParametersIsRejected() {
        assertThat(error("CREATE TABLE t (a INT(3))").getMessage()).isEqualTo("Type INT takes no parameters");
    }

    @Test
    void aPrimaryKeyMustBeNotEnforced() {
        assertThat(error("CREATE TABLE t (a INT PRIMARY KEY)").getMessage()).contains("NOT ENFORCED");
    }

    @Test
    void twoPrimaryKeysAreRejected() {
        assertThat(error("CREATE TABLE t (a INT PRIMARY KEY NOT ENFORCED, PRIMARY KEY (a) NOT ENFORCED)")
                .getMessage()).startsWith("A table has at most one primary key");
    }

    @Test
    void aRepeatedOptionIsRejected() {
        ParseException e = error("CREATE TABLE t (a INT) WITH ('k' = '1', 'k' = '2')");
        assertThat(e.getMessage()).isEqualTo("Option 'k' is given twice; keep one");
        assertThat(e.span().startColumn()).isEqualTo(41);
    }

    @Test
    void aNameWithFourPartsIsRejected() {
        assertThat(error("DROP TABLE a.b.c.d").getMessage()).startsWith("Name 'a.b.c.d' has too many parts");
    }

    @Test
    void trailingTokensAfterAStatementAskForASemicolon() {
        assertThat(error("SHOW TABLES now").getMessage()).isEqualTo("Unexpected 'now'; expected ';'");
    }
}
