package io.weir.shell;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Renders a field as Flink's {@code CAST(x AS STRING)} does ({@code TRUE}, {@code 25.00}, {@code 2026-01-01 10:00:00.000},
 * {@code x'0a1b'}, {@code (1, abc)}); TIMESTAMP_LTZ values in the session's time zone.
 */
final class FieldText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final ZoneId zone;

    FieldText(ZoneId zone) {
        this.zone = zone;
    }

    /** The field's text, or null when it is NULL (each format shows NULL its own way). */
    String format(Row row, int field, DataType type) {
        if (row.isNullAt(field)) {
            return null;
        }
        StringBuilder b = new StringBuilder(16);
        appendNonNull(b, row, field, type);
        return b.toString();
    }

    private void appendNonNull(StringBuilder b, Row row, int field, DataType type) {
        switch (type.root()) {
            case BOOLEAN:
                b.append(row.getBoolean(field) ? "TRUE" : "FALSE");
                break;
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                b.append(row.getLong(field));
                break;
            case FLOAT:
                b.append(row.getFloat(field));
                break;
            case DOUBLE:
                b.append(row.getDouble(field));
                break;
            case DECIMAL:
                b.append(((BigDecimal) row.getObject(field)).toPlainString());
                break;
            case CHAR:
            case VARCHAR:
                b.append(row.getString(field));
                break;
            case BINARY:
            case VARBINARY:
                b.append("x'");
                for (byte value : (byte[]) row.getObject(field)) {
                    b.append(HEX[(value >> 4) & 0xF]).append(HEX[value & 0xF]);
                }
                b.append('\'');
                break;
            case DATE:
                b.append(LocalDate.ofEpochDay(row.getLong(field)));
                break;
            case TIME:
                appendTime(b, LocalTime.ofNanoOfDay(row.getLong(field) * 1_000_000L), type.precision());
                break;
            case TIMESTAMP:
                appendDateTime(b, LocalDateTime.ofInstant(Instant.ofEpochMilli(row.getLong(field)), ZoneOffset.UTC),
                        type.precision());
                break;
            case TIMESTAMP_LTZ:
                appendDateTime(b, LocalDateTime.ofInstant(Instant.ofEpochMilli(row.getLong(field)), zone), type.precision());
                break;
            case ROW:
                appendRow(b, (Row) row.getObject(field), type);
                break;
            default:
                throw new IllegalStateException("no rendering for type " + type);
        }
    }

    private void appendRow(StringBuilder b, Row nested, DataType type) {
        b.append('(');
        for (int i = 0; i < type.fields().size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (nested.isNullAt(i)) {
                b.append("NULL");
            } else {
                appendNonNull(b, nested, i, type.fields().get(i).type());
            }
        }
        b.append(')');
    }

    private static void appendDateTime(StringBuilder b, LocalDateTime value, int precision) {
        b.append(value.toLocalDate()).append(' ');
        appendTime(b, value.toLocalTime(), precision);
    }

    /** {@code HH:mm:ss} and as many fraction digits as the precision asks for (Weir keeps milliseconds). */
    private static void appendTime(StringBuilder b, LocalTime time, int precision) {
        twoDigits(b, time.getHour()).append(':');
        twoDigits(b, time.getMinute()).append(':');
        twoDigits(b, time.getSecond());
        if (precision > 0) {
            String nanos = Integer.toString(1_000_000_000 + time.getNano()).substring(1);
            b.append('.').append(nanos, 0, Math.min(precision, 9));
        }
    }

    private static StringBuilder twoDigits(StringBuilder b, int value) {
        return b.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
