package io.weir.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.parser.SourceSpan;
import org.junit.jupiter.api.Test;

class ErrorReportTest {
    private static final String SCRIPT = "CREATE TABLE bid (price INT);\nSELECT pricee\nFROM bid;\n";

    @Test
    void anErrorNamesFileLineAndColumnThenShowsTheLineWithACaretUnderTheColumn() {
        ErrorReport report = new ErrorReport("bids.sql", new SourceSpan(2, 8, 2, 13),
                "Unknown column 'pricee' in table 'bid'; did you mean 'price'?");

        assertThat(report.render(SCRIPT)).isEqualTo(""
                + "bids.sql:2:8: Unknown column 'pricee' in table 'bid'; did you mean 'price'?\n"
                + "SELECT pricee\n"
                + "       ^\n");
    }

    @Test
    void theCaretFollowsTabsSoItLinesUpInAnyTerminal() {
        ErrorReport report = new ErrorReport("<command line>", SourceSpan.at(1, 3), "Unexpected 'x'");

        assertThat(report.render("\t\tx")).isEqualTo("<command line>:1:3: Unexpected 'x'\n\t\tx\n\t\t^\n");
    }

    @Test
    void anErrorWithoutAColumnHasNoCaret() {
        ErrorReport report = new ErrorReport("bids.sql", new SourceSpan(3, 0, 3, 0), "Table 'bid' is gone");

        assertThat(report.render(SCRIPT)).isEqualTo("bids.sql:3: Table 'bid' is gone\nFROM bid;\n");
    }

    @Test
    void anErrorWithoutAPositionNamesOnlyTheSource() {
        ErrorReport report = new ErrorReport("<shell>", SourceSpan.UNKNOWN, "Job failed");

        assertThat(report.render(SCRIPT)).isEqualTo("<shell>: Job failed\n");
    }

    @Test
    void windowsLineEndsAreNotShown() {
        ErrorReport report = new ErrorReport("a.sql", SourceSpan.at(1, 1), "Bad");

        assertThat(report.render("SELEC 1\r\nSELECT 2")).isEqualTo("a.sql:1:1: Bad\nSELEC 1\n^\n");
    }
}
