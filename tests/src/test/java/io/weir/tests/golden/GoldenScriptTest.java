package io.weir.tests.golden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoldenScriptTest {
    @Test
    void aStatementEndsWithTheLineWhoseLastCharacterIsASemicolon() {
        GoldenScript script = GoldenScript.parse("-- intro\nSELECT 1;\n\nSELECT\n  2;\nSELECT 3");
        assertThat(script.chunks()).extracting(GoldenScript.Chunk::firstLine).containsExactly(2, 4, 6);
        assertThat(script.chunks().get(1).text()).isEqualTo("SELECT\n  2;");
        assertThat(script.chunks().get(2).text()).isEqualTo("SELECT 3");
    }

    @Test
    void paddingKeepsTheStatementOnItsLineOfTheFile() {
        GoldenScript.Chunk chunk = GoldenScript.parse("\n\nSELECT 1;").chunks().get(0);
        assertThat(chunk.paddedText()).isEqualTo("\n\nSELECT 1;");
    }

    @Test
    void theEchoLeavesOutCommentLines() {
        GoldenScript.Chunk chunk = GoldenScript.parse("SELECT 1\n-- why\nFROM t;").chunks().get(0);
        assertThat(chunk.echo()).isEqualTo("> SELECT 1\n> FROM t;\n");
    }

    @Test
    void theOrderedDirectiveMarksOnlyTheNextStatement() {
        GoldenScript script = GoldenScript.parse("-- @ordered\nSELECT 1 ORDER BY 1;\nSELECT 2;");
        assertThat(script.chunks()).extracting(GoldenScript.Chunk::ordered).containsExactly(true, false);
    }
}
