package io.weir.tests.golden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {
    @Test
    void marksExpectedLinesWithMinusAndActualLinesWithPlus() {
        assertThat(LineDiff.diff("a\nb\nc\n", "a\nx\nc\n")).isEqualTo("  a\n+ x\n- b\n  c\n");
    }

    @Test
    void equalTextsHaveNoMarkedLine() {
        assertThat(LineDiff.diff("a\nb\n", "a\nb\n")).doesNotContain("+ ").doesNotContain("- ");
    }
}
