package io.weir.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableauPrinterTest {
    private final StringWriter text = new StringWriter();
    private final ResultPrinter printer = OutputFormat.TABLEAU.printer(new PrintWriter(text), ZoneOffset.UTC);

    private static RowType columns(String... namesAndTypes) {
        List<DataType.Field> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(new DataType.Field(namesAndTypes[i], type(namesAndTypes[i + 1])));
        }
        return new RowType(fields);
    }

    private static DataType type(String name) {
        switch (name) {
            case "STRING":
                return DataType.string();
            case "DECIMAL(10, 2)":
                return DataType.decimal(10, 2);
            case "TIMESTAMP(3)":
                return DataType.of(TypeRoot.TIMESTAMP, 3);
            default:
                return DataType.of(TypeRoot.valueOf(name));
        }
    }

    @Test
    void queryChangesLookLikeFlinksTableauModeWithAnOpColumn() {
        RowType columns = columns("id", "INTEGER", "name", "STRING");
        printer.beginChanges(columns);
        printer.change(ChangeKind.INSERT, Row.of(1, "abc"));
        printer.endChanges(1, false);

        assertThat(text.toString()).isEqualTo(""
                + "+----+-------------+--------------------------------+\n"
                + "| op |          id |                           name |\n"
                + "+----+-------------+--------------------------------+\n"
                + "| +I |           1 |                            abc |\n"
                + "+----+-------------+--------------------------------+\n"
                + "Received a total of 1 row\n");
    }

    @Test
    void columnWidthsComeFromTheTypesSoRowsCanBePrintedBeforeAllAreKnown() {
        RowType columns = columns("b", "BOOLEAN", "t", "TINYINT", "s", "SMALLINT", "l", "BIGINT", "d", "DECIMAL(10, 2)",
                "day", "DATE", "ts", "TIMESTAMP(3)");
        printer.beginChanges(columns);

        String header = text.toString().split("\n")[1];
        assertThat(header).isEqualTo("| op |      b |      t |      s |                    l |            d |"
                + "        day |                      ts |");
    }

    @Test
    void everyTypeIsRenderedAsFlinksCastToString() {
        RowType columns = columns("b", "BOOLEAN", "i", "INTEGER", "f", "DOUBLE", "d", "DECIMAL(10, 2)", "day", "DATE",
                "ts", "TIMESTAMP(3)", "bin", "VARBINARY");
        long day = LocalDate.of(2026, 1, 1).toEpochDay();
        long millis = LocalDateTime.of(2026, 1, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        printer.beginChanges(columns);
        printer.change(ChangeKind.UPDATE_AFTER,
                Row.of(true, -7, 0.5, new BigDecimal("25.00"), day, millis, new byte[] {10, 27}));

        String row = text.toString().split("\n")[3];
        assertThat(row).isEqualTo("| +U |   TRUE |          -7 |                            0.5 |        25.00 |"
                + " 2026-01-01 | 2026-01-01 10:00:00.000 |                        x'0a1b' |");
    }

    @Test
    void nullIsShownAsNullInAngleBrackets() {
        printer.beginChanges(columns("name", "STRING"));
        printer.change(ChangeKind.DELETE, Row.of((Object) null));

        assertThat(text.toString().split("\n")[3]).isEqualTo("| -D |                         <NULL> |");
    }

    @Test
    void aValueWiderThanItsColumnIsCutAndEndsInDots() {
        printer.beginChanges(columns("name", "STRING"));
        printer.change(ChangeKind.INSERT, Row.of("abcdefghijklmnopqrstuvwxyz0123456789"));

        assertThat(text.toString().split("\n")[3]).isEqualTo("| +I | abcdefghijklmnopqrstuvwxyz0... |");
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        printer.beginChanges(columns("name", "STRING"));
        printer.change(ChangeKind.INSERT, Row.of("日本"));

        assertThat(text.toString().split("\n")[3]).isEqualTo("| +I |                           日本 |");
    }

    @Test
    void aCancelledQuerySaysItWasTerminated() {
        printer.beginChanges(columns("id", "INTEGER"));
        printer.change(ChangeKind.INSERT, Row.of(1));
        printer.change(ChangeKind.INSERT, Row.of(2));
        printer.endChanges(2, true);

        assertThat(text.toString()).endsWith("Query terminated, received a total of 2 rows\n");
    }

    @Test
    void aTableIsBoxedWithWidthsFromItsContents() {
        printer.table(columns("table name", "STRING"), List.of(Row.of("bid"), Row.of("auction")));

        assertThat(text.toString()).isEqualTo(""
                + "+------------+\n"
                + "| table name |\n"
                + "+------------+\n"
                + "|        bid |\n"
                + "|    auction |\n"
                + "+------------+\n"
                + "2 rows in set\n");
    }

    @Test
    void anEmptyTableIsAnEmptySet() {
        printer.table(columns("table name", "STRING"), List.of());

        assertThat(text.toString()).isEqualTo("Empty set\n");
    }

    @Test
    void aTableOfOneMultiLineValueIsPrintedAsText() {
        printer.table(columns("plan", "STRING"), List.of(Row.of("== Plan ==\nScan(bid)")));

        assertThat(text.toString()).isEqualTo("== Plan ==\nScan(bid)\n");
    }
}
