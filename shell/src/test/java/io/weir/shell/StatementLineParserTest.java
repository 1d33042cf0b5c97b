package io.weir.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.reader.ParsedLine;
import org.junit.jupiter.api.Test;

class StatementLineParserTest {
    @Test
    void aStatementEndedBySemicolonIsComplete() {
        assertThat(StatementLineParser.isComplete("SELECT 1\nFROM t;  ")).isTrue();
    }

    @Test
    void aStatementWithoutSemicolonWaitsForMore() {
        assertThat(StatementLineParser.isComplete("SELECT 1\nFROM t")).isFalse();
    }

    @Test
    void aSemicolonInsideAStringDoesNotEndTheStatement() {
        assertThat(StatementLineParser.isComplete("SELECT 'a;")).isFalse();
        assertThat(StatementLineParser.isComplete("SELECT 'it''s;'")).isFalse();
        assertThat(StatementLineParser.isComplete("SELECT 'it''s;';")).isTrue();
    }

    @Test
    void aSemicolonInsideACommentDoesNotEndTheStatement() {
        assertThat(StatementLineParser.isComplete("SELECT 1 -- done;")).isFalse();
        assertThat(StatementLineParser.isComplete("SELECT 1 /* ; */")).isFalse();
        assertThat(StatementLineParser.isComplete("SELECT 1; -- done")).isTrue();
    }

    @Test
    void aSemicolonInsideAQuotedNameDoesNotEndTheStatement() {
        assertThat(StatementLineParser.isComplete("SELECT `a;")).isFalse();
    }

    @Test
    void blankInputIsComplete() {
        assertThat(StatementLineParser.isComplete("  \n")).isTrue();
    }

    @Test
    void theWordUnderTheCursorIsTheNameBeingTyped() {
        ParsedLine line = StatementLineParser.words("SELECT pri FROM bid", 10);

        assertThat(line.word()).isEqualTo("pri");
        assertThat(line.wordCursor()).isEqualTo(3);
        assertThat(line.words()).containsExactly("SELECT", "pri", "FROM", "bid");
    }

    @Test
    void aCursorAfterASpaceStandsOnAnEmptyWord() {
        ParsedLine line = StatementLineParser.words("SELECT * FROM ", 14);

        assertThat(line.word()).isEmpty();
        assertThat(line.words()).containsExactly("SELECT", "FROM", "");
    }

    @Test
    void quitEndsTheShellWithOrWithoutSemicolon() {
        assertThat(StatementLineParser.isQuit("quit")).isTrue();
        assertThat(StatementLineParser.isQuit(" EXIT ; ")).isTrue();
        assertThat(StatementLineParser.isQuit("quit_table;")).isFalse();
    }
}
