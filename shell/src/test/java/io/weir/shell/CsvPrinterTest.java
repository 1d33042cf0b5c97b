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
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvPrinterTest {
    private final StringWriter text = new StringWriter();

    private ResultPrinter printer(ZoneId zone) {
        return OutputFormat.CSV.printer(new PrintWriter(text), zone);
    }

    /** The field {@code value} of {@code type} prints as, on its own line after the header. */
    private static String printed(DataType type, Object value) {
        StringWriter out = new StringWriter();
        ResultPrinter printer = OutputFormat.CSV.printer(new PrintWriter(out), ZoneOffset.UTC);
        printer.beginChanges(RowType.of(List.of("v"), List.of(type)));
        printer.change(ChangeKind.INSERT, Row.of(value));
        printer.endChanges(1, false);
        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("op,v");
        return lines[1].substring("+I,".length());
    }

    @Test
    void aQueryIsAHeaderWithOpThenOneLinePerChange() {
        ResultPrinter printer = printer(ZoneOffset.UTC);
        printer.beginChanges(RowType.of(List.of("id", "name"), List.of(DataType.of(TypeRoot.INTEGER), DataType.string())));
        printer.change(ChangeKind.INSERT, Row.of(1, "abc"));
        printer.change(ChangeKind.UPDATE_BEFORE, Row.of(1, "abc"));
        printer.endChanges(2, false);

        assertThat(text.toString()).isEqualTo("op,id,name\n+I,1,abc\n-U,1,abc\n");
    }

    @Test
    void booleansAreUpperCase() {
        assertThat(printed(DataType.of(TypeRoot.BOOLEAN), false)).isEqualTo("FALSE");
    }

    @Test
    void integersOfEveryWidthArePlainNumbers() {
        assertThat(printed(DataType.of(TypeRoot.TINYINT), (byte) -8)).isEqualTo("-8");
        assertThat(printed(DataType.of(TypeRoot.SMALLINT), (short) 300)).isEqualTo("300");
        assertThat(printed(DataType.of(TypeRoot.BIGINT), Long.MAX_VALUE)).isEqualTo("9223372036854775807");
    }

    @Test
    void floatingPointNumbersAreJavasShortestForm() {
        assertThat(printed(DataType.of(TypeRoot.FLOAT), 0.1f)).isEqualTo("0.1");
        assertThat(printed(DataType.of(TypeRoot.DOUBLE), 1.0E-5)).isEqualTo("1.0E-5");
    }

    @Test
    void decimalsKeepTheirScale() {
        assertThat(printed(DataType.decimal(10, 2), new BigDecimal("25.00"))).isEqualTo("25.00");
    }

    @Test
    void datesAndTimesAreIsoWithTheTypesFractionDigits() {
        assertThat(printed(DataType.of(TypeRoot.DATE), LocalDate.of(2026, 1, 1).toEpochDay())).isEqualTo("2026-01-01");
        assertThat(printed(DataType.of(TypeRoot.TIME, 0), LocalTime.of(9, 5, 7).toNanoOfDay() / 1_000_000))
                .isEqualTo("09:05:07");
        long millis = LocalDateTime.of(2026, 1, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli() + 5;
        assertThat(printed(DataType.of(TypeRoot.TIMESTAMP, 3), millis)).isEqualTo("2026-01-01 10:00:00.005");
        assertThat(printed(DataType.of(TypeRoot.TIMESTAMP, 0), millis)).isEqualTo("2026-01-01 10:00:00");
        assertThat(printed(DataType.of(TypeRoot.TIMESTAMP, 6), millis)).isEqualTo("2026-01-01 10:00:00.005000");
    }

    @Test
    void localZonedTimestampsAreShownInTheSessionTimeZone() {
        ResultPrinter printer = printer(ZoneId.of("Europe/Paris"));
        printer.beginChanges(RowType.of(List.of("v"), List.of(DataType.of(TypeRoot.TIMESTAMP_LTZ, 3))));
        printer.change(ChangeKind.INSERT, Row.of(LocalDateTime.of(2026, 1, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli()));

        assertThat(text.toString()).endsWith("+I,2026-01-01 11:00:00.000\n");
    }

    @Test
    void bytesAreAHexLiteral() {
        assertThat(printed(DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH), new byte[] {(byte) 0xff, 1}))
                .isEqualTo("x'ff01'");
    }

    @Test
    void rowsAreParenthesisedWithNullInside() {
        DataType type = DataType.row(List.of(new DataType.Field("a", DataType.of(TypeRoot.INTEGER)),
                new DataType.Field("b", DataType.string())));
        assertThat(printed(type, Row.of(1, null))).isEqualTo("\"(1, NULL)\"");
    }

    @Test
    void nullIsAnEmptyField() {
        assertThat(printed(DataType.string(), null)).isEmpty();
    }

    @Test
    void theEmptyStringIsTwoQuotes() {
        assertThat(printed(DataType.string(), "")).isEqualTo("\"\"");
    }

    @Test
    void aValueWithACommaIsQuoted() {
        assertThat(printed(DataType.string(), "a,b")).isEqualTo("\"a,b\"");
    }

    @Test
    void aQuoteInsideAValueIsDoubled() {
        assertThat(printed(DataType.string(), "say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void aValueWithALineBreakIsQuoted() {
        ResultPrinter printer = printer(ZoneOffset.UTC);
        printer.beginChanges(RowType.of(List.of("v"), List.of(DataType.string())));
        printer.change(ChangeKind.INSERT, Row.of("one\ntwo"));

        assertThat(text.toString()).isEqualTo("op,v\n+I,\"one\ntwo\"\n");
    }

    @Test
    void plainValuesAreNotQuoted() {
        assertThat(printed(DataType.string(), "it's plain")).isEqualTo("it's plain");
    }

    @Test
    void aTableIsItsColumnNamesThenItsRows() {
        printer(ZoneOffset.UTC).table(RowType.of(List.of("key", "value"), List.of(DataType.string(), DataType.string())),
                List.of(Row.of("parallelism.default", "2"), Row.of("pipeline.name", null)));

        assertThat(text.toString()).isEqualTo("key,value\nparallelism.default,2\npipeline.name,\n");
    }
}
