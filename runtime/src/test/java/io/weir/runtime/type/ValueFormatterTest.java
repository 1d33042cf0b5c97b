package io.weir.runtime.type;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormatterTest {
    private final ValueFormatter formatter = ValueFormatter.utc();

    private String render(Object value, DataType type) {
        return formatter.format(Row.of(value), 0, type);
    }

    @Test
    void nullFieldFormatsAsJavaNull() {
        assertThat(render(null, DataType.of(TypeRoot.INTEGER))).isNull();
    }

    @Test
    void booleansAreUpperCase() {
        assertThat(render(true, DataType.of(TypeRoot.BOOLEAN))).isEqualTo("TRUE");
        assertThat(render(false, DataType.of(TypeRoot.BOOLEAN))).isEqualTo("FALSE");
    }

    @Test
    void integersArePlain() {
        assertThat(render(-42L, DataType.of(TypeRoot.BIGINT))).isEqualTo("-42");
        assertThat(render(7, DataType.of(TypeRoot.TINYINT))).isEqualTo("7");
    }

    @Test
    void doublesFollowJavaDoubleToString() {
        assertThat(render(1.0E-5, DataType.of(TypeRoot.DOUBLE))).isEqualTo("1.0E-5");
        assertThat(render(2.5, DataType.of(TypeRoot.DOUBLE))).isEqualTo("2.5");
        assertThat(render(1.0E7, DataType.of(TypeRoot.DOUBLE))).isEqualTo("1.0E7");
    }

    @Test
    void floatsRenderWithFloatPrecision() {
        assertThat(render(1.1f, DataType.of(TypeRoot.FLOAT))).isEqualTo("1.1");
    }

    @Test
    void decimalsKeepTheirScale() {
        assertThat(render(new BigDecimal("25.00"), DataType.decimal(10, 2))).isEqualTo("25.00");
        assertThat(render(new BigDecimal("1E+3").setScale(0), DataType.decimal(10, 0))).isEqualTo("1000");
    }

    @Test
    void stringsAreShownAsTheyAre() {
        assertThat(render("a, b", DataType.string())).isEqualTo("a, b");
    }

    @Test
    void datesAreIso() {
        long days = LocalDate.of(2026, 1, 1).toEpochDay();
        assertThat(render(days, DataType.of(TypeRoot.DATE))).isEqualTo("2026-01-01");
        assertThat(render(LocalDate.of(1969, 12, 31).toEpochDay(), DataType.of(TypeRoot.DATE))).isEqualTo("1969-12-31");
        assertThat(render(LocalDate.of(2024, 2, 29).toEpochDay(), DataType.of(TypeRoot.DATE))).isEqualTo("2024-02-29");
    }

    @Test
    void everyDateOverCenturiesMatchesLocalDate() {
        for (long day = -200_000; day <= 200_000; day += 37) {
            StringBuilder b = new StringBuilder();
            ValueFormatter.appendDate(b, day);
            assertThat(b.toString()).isEqualTo(LocalDate.ofEpochDay(day).toString());
        }
    }

    @Test
    void timesShowTheirPrecision() {
        long millis = LocalTime.of(10, 0, 5, 123_000_000).toNanoOfDay() / 1_000_000;
        assertThat(render(millis, DataType.of(TypeRoot.TIME))).isEqualTo("10:00:05");
        assertThat(render(millis, DataType.of(TypeRoot.TIME, 3))).isEqualTo("10:00:05.123");
    }

    @Test
    void timestampsHaveExactlyTheirPrecisionInFractionalDigits() {
        long millis = LocalDateTime.of(2026, 1, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        assertThat(render(millis, DataType.of(TypeRoot.TIMESTAMP, 3))).isEqualTo("2026-01-01 10:00:00.000");
        assertThat(render(millis, DataType.of(TypeRoot.TIMESTAMP, 0))).isEqualTo("2026-01-01 10:00:00");
        assertThat(render(millis + 45, DataType.of(TypeRoot.TIMESTAMP, 6))).isEqualTo("2026-01-01 10:00:00.045000");
    }

    @Test
    void timestampsBeforeTheEpochRenderCorrectly() {
        long millis = LocalDateTime.of(1969, 12, 31, 23, 59, 59, 500_000_000).toInstant(ZoneOffset.UTC).toEpochMilli();
        assertThat(render(millis, DataType.of(TypeRoot.TIMESTAMP, 3))).isEqualTo("1969-12-31 23:59:59.500");
    }

    @Test
    void localZonedTimestampsAreShownInTheFormattersZone() {
        long instant = LocalDateTime.of(2026, 7, 1, 10, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        DataType type = DataType.of(TypeRoot.TIMESTAMP_LTZ, 3);
        assertThat(formatter.format(Row.of(instant), 0, type)).isEqualTo("2026-07-01 10:00:00.000");
        assertThat(new ValueFormatter(ZoneId.of("Europe/Paris")).format(Row.of(instant), 0, type))
                .isEqualTo("2026-07-01 12:00:00.000");
    }

    @Test
    void bytesAreHexLiterals() {
        assertThat(render(new byte[] {0x0a, 0x1b, (byte) 0xff}, DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH)))
                .isEqualTo("x'0a1bff'");
    }

    @Test
    void rowsAreParenthesisedWithNullsSpelledOut() {
        DataType type = DataType.row(List.of(new DataType.Field("a", DataType.of(TypeRoot.INTEGER)),
                new DataType.Field("b", DataType.string()), new DataType.Field("c", DataType.string())));
        assertThat(render(Row.of(1, "abc", null), type)).isEqualTo("(1, abc, NULL)");
    }
}
