package io.weir.runtime.type;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Renders a field of a {@link Row} as Flink's {@code CAST(x AS STRING)} does: {@code TRUE}, {@code 25.00},
 * {@code 1.0E-5}, {@code 2026-01-01 10:00:00.000}, {@code x'0a1b'}, {@code (1, abc)}. TIMESTAMP_LTZ values are
 * shown in the formatter's time zone (the session's {@code table.local-time-zone}).
 *
 * <p>Dates and times are rendered by arithmetic on the row's primitive slot, without {@code java.time} objects,
 * so formatting a row allocates nothing beyond the text itself.
 */
public final class ValueFormatter {
    private static final ValueFormatter UTC = new ValueFormatter(ZoneOffset.UTC);
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final ZoneId zone;
    private final ZoneOffset fixedOffset;

    public ValueFormatter(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.fixedOffset = zone instanceof ZoneOffset ? (ZoneOffset) zone : zone.getRules().isFixedOffset()
                ? zone.getRules().getOffset(Instant.EPOCH) : null;
    }

    /** The formatter for the UTC time zone, Weir's default {@code table.local-time-zone}. */
    public static ValueFormatter utc() {
        return UTC;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The field's text, or {@code null} when the field is NULL (callers choose how NULL is shown). */
    public String format(Row row, int field, DataType type) {
        if (row.isNullAt(field)) {
            return null;
        }
        switch (type.root()) {
            case CHAR:
            case VARCHAR:
                return row.getString(field);
            default:
                StringBuilder b = new StringBuilder(24);
                appendNonNull(b, row, field, type);
                return b.toString();
        }
    }

    /** Appends the field's text, or {@code NULL} when the field is NULL (as inside a rendered ROW). */
    public void append(StringBuilder out, Row row, int field, DataType type) {
        if (row.isNullAt(field)) {
            out.append("NULL");
        } else {
            appendNonNull(out, row, field, type);
        }
    }

    /** Appends the text of a field that is not NULL. */
    public void appendNonNull(StringBuilder out, Row row, int field, DataType type) {
        switch (type.root()) {
            case BOOLEAN:
                out.append(row.getBoolean(field) ? "TRUE" : "FALSE");
                break;
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                out.append(row.getLong(field));
                break;
            case FLOAT:
                out.append(row.getFloat(field));
                break;
            case DOUBLE:
                out.append(row.getDouble(field));
                break;
            case DECIMAL:
                out.append(((BigDecimal) row.getObject(field)).toPlainString());
                break;
            case CHAR:
            case VARCHAR:
                out.append(row.getString(field));
                break;
            case BINARY:
            case VARBINARY:
                appendBytes(out, (byte[]) row.getObject(field));
                break;
            case DATE:
                appendDate(out, row.getLong(field));
                break;
            case TIME:
                appendTime(out, row.getLong(field), type.precision());
                break;
            case TIMESTAMP:
                appendTimestamp(out, row.getLong(field), type.precision());
                break;
            case TIMESTAMP_LTZ:
                long millis = row.getLong(field);
                appendTimestamp(out, millis + offsetMillis(millis), type.precision());
                break;
            case ROW:
                appendRow(out, (Row) row.getObject(field), type);
                break;
            default:
                throw new IllegalStateException("no rendering for type " + type);
        }
    }

    private void appendRow(StringBuilder out, Row nested, DataType type) {
        out.append('(');
        for (int i = 0; i < type.fields().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, nested, i, type.fields().get(i).type());
        }
        out.append(')');
    }

    private long offsetMillis(long epochMillis) {
        if (fixedOffset != null) {
            return fixedOffset.getTotalSeconds() * 1000L;
        }
        return zone.getRules().getOffset(Instant.ofEpochMilli(epochMillis)).getTotalSeconds() * 1000L;
    }

    /** Appends {@code x'0a1b'}, the SQL literal of the bytes. */
    public static void appendBytes(StringBuilder out, byte[] bytes) {
        out.append("x'");
        for (byte value : bytes) {
            out.append(HEX[(value >> 4) & 0xF]).append(HEX[value & 0xF]);
        }
        out.append('\'');
    }

    /** Appends {@code yyyy-MM-dd} for days since 1970-01-01 (proleptic Gregorian, as {@code LocalDate}). */
    public static void appendDate(StringBuilder out, long epochDays) {
        // Civil-from-days over 400-year eras of 146097 days, valid for any long day count in LocalDate's range.
        long z = epochDays + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0) {
            out.append('-');
            year = -year;
        }
        pad(out, year, 4);
        out.append('-');
        pad(out, month, 2);
        out.append('-');
        pad(out, day, 2);
    }

    /** Appends {@code HH:mm:ss} and, when {@code precision > 0}, exactly that many fractional digits. */
    public static void appendTime(StringBuilder out, long millisOfDay, int precision) {
        int seconds = (int) (millisOfDay / 1000);
        pad(out, seconds / 3600, 2);
        out.append(':');
        pad(out, (seconds / 60) % 60, 2);
        out.append(':');
        pad(out, seconds % 60, 2);
        appendFraction(out, (int) (millisOfDay % 1000), precision);
    }

    /** Appends {@code yyyy-MM-dd HH:mm:ss} and exactly {@code precision} fractional digits. */
    public static void appendTimestamp(StringBuilder out, long millis, int precision) {
        appendDate(out, Math.floorDiv(millis, MILLIS_PER_DAY));
        out.append(' ');
        appendTime(out, Math.floorMod(millis, MILLIS_PER_DAY), precision);
    }

    private static void appendFraction(StringBuilder out, int millis, int precision) {
        if (precision <= 0) {
            return;
        }
        out.append('.');
        int digits = Math.min(precision, 3);
        int value = millis;
        int divisor = 100;
        for (int i = 0; i < digits; i++) {
            out.append((char) ('0' + value / divisor));
            value %= divisor;
            divisor /= 10;
        }
        for (int i = 3; i < precision; i++) {
            out.append('0');
        }
    }

    private static void pad(StringBuilder out, long value, int width) {
        long limit = 1;
        for (int i = 1; i < width; i++) {
            limit *= 10;
            if (value < limit) {
                out.append('0');
            }
        }
        out.append(value);
    }
}
