package io.weir.parser;

import static io.weir.parser.Parsing.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.statement.Query;
import io.weir.parser.statement.SetOption;
import io.weir.parser.statement.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplittingTest {
    private static List<String> texts(String script) {
        return parse(script).stream().map(Statement::text).toList();
    }

    @Test
    void statementsAreSplitAtSemicolons() {
        assertThat(texts("SELECT 1; SELECT 2;")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void theLastStatementMayOmitItsSemicolon() {
        assertThat(texts("SHOW TABLES;\nSELECT 2")).containsExactly("SHOW TABLES", "SELECT 2");
    }

    @Test
    void emptyStatementsAreSkipped() {
        assertThat(texts(";; SELECT 1;;\n; SELECT 2 ;;")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void anEmptyScriptHasNoStatements() {
        assertThat(parse("  \n -- nothing here\n /* nor here */ ")).isEmpty();
    }

    @Test
    void aSemicolonInsideAStringDoesNotSplit() {
        assertThat(texts("SELECT 'a;b' FROM t; SELECT 2")).containsExactly("SELECT 'a;b' FROM t", "SELECT 2");
    }

    @Test
    void aSemicolonInsideABackQuotedNameDoesNotSplit() {
        assertThat(texts("SELECT `a;b` FROM t; SELECT 2")).containsExactly("SELECT `a;b` FROM t", "SELECT 2");
    }

    @Test
    void aSemicolonInsideALineCommentDoesNotSplit() {
        assertThat(texts("SELECT 1 -- one; two\n, 2; SELECT 3")).containsExactly("SELECT 1 -- one; two\n, 2", "SELECT 3");
    }

    @Test
    void aSemicolonInsideABlockCommentDoesNotSplit() {
        assertThat(texts("SELECT /* a; b */ 1; SELECT 2")).containsExactly("SELECT /* a; b */ 1", "SELECT 2");
    }

    @Test
    void doubleDashInsideAStringIsNoComment() {
        SetOption set = Parsing.single("SET 'a' = '--b;c'", SetOption.class);
        assertThat(set.value()).isEqualTo("--b;c");
    }

    @Test
    void escapedQuotesInsideAStringDoNotEndIt() {
        assertThat(texts("SELECT 'it''s; fine'; SELECT 2")).containsExactly("SELECT 'it''s; fine'", "SELECT 2");
    }

    @Test
    void commentsAroundAStatementAreNotPartOfItsText() {
        assertThat(texts("-- leading\n/* block */ SELECT 1 /* trailing */ ;")).containsExactly("SELECT 1");
    }

    @Test
    void aCommentAfterTheLastStatementIsIgnored() {
        assertThat(texts("SELECT 1 -- done")).containsExactly("SELECT 1");
    }

    @Test
    void statementsKeepTheirOrder() {
        List<Statement> statements = parse("SET 'a' = '1'; SELECT 1; SET 'b' = '2'");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).isInstanceOf(SetOption.class);
        assertThat(statements.get(1)).isInstanceOf(Query.class);
        assertThat(statements.get(2)).isInstanceOf(SetOption.class);
    }
}
