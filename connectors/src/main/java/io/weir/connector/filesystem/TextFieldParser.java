package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Parses a field's text into a row slot as Flink's CSV and JSON formats read it: numbers in Java syntax,
 * {@code true}/{@code false}, ISO dates, {@code HH:mm:ss[.fff]} times, {@code yyyy-MM-dd HH:mm:ss[.fff]} timestamps
 * (a {@code T} instead of the space, and a trailing {@code Z} on TIMESTAMP_LTZ, are accepted), Base64 bytes.
 * An empty (or blank) text is an error except for strings and bytes, whose empty value it is.
 *
 * <p>Works on a character range so that integers, dates and timestamps are read without building a string.
 */
final class TextFieldParser {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private TextFieldParser() {
    }

    /** Parses {@code chars[start, end)} into {@code row[pos]}; returns false if the text is not a {@code type}. */
    static boolean parse(char[] chars, int start, int end, DataType type, Row row, int pos) {
        switch (type.root()) {
            case CHAR:
            case VARCHAR:
                row.setObject(pos, new String(chars, start, end - start));
                return true;
            case BINARY:
            case VARBINARY:
                // Like a string, an empty field is a value (no bytes): Base64 of nothing is nothing.
                try {
                    row.setObject(pos, Base64.getDecoder().decode(new String(chars, start, end - start).trim()));
                    return true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
            default:
                break;
        }
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        if (start == end) {
            return false;
        }
        switch (type.root()) {
            case BOOLEAN:
                return parseBoolean(chars, start, end, row, pos);
            case TINYINT:
                return parseLong(chars, start, end, Byte.MIN_VALUE, Byte.MAX_VALUE, row, pos);
            case SMALLINT:
                return parseLong(chars, start, end, Short.MIN_VALUE, Short.MAX_VALUE, row, pos);
            case INTEGER:
                return parseLong(chars, start, end, Integer.MIN_VALUE, Integer.MAX_VALUE, row, pos);
            case BIGINT:
                return parseLong(chars, start, end, Long.MIN_VALUE, Long.MAX_VALUE, row, pos);
            case FLOAT:
            case DOUBLE:
                return parseDouble(new String(chars, start, end - start), type, row, pos);
            case DECIMAL:
                return parseDecimal(chars, start, end, type, row, pos);
            case DATE:
                long days = parseDate(chars, start, end);
                if (days == Long.MIN_VALUE) {
                    return false;
                }
                row.setLong(pos, days);
                return true;
            case TIME:
                long time = parseTime(chars, start, end);
                if (time < 0) {
                    return false;
                }
                row.setLong(pos, time);
                return true;
            case TIMESTAMP:
            case TIMESTAMP_LTZ:
                return parseTimestamp(chars, start, end, type, row, pos);
            default:
                return false;
        }
    }

    private static boolean parseBoolean(char[] chars, int start, int end, Row row, int pos) {
        String text = new String(chars, start, end - start);
        if (text.equalsIgnoreCase("true")) {
            row.setBoolean(pos, true);
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            row.setBoolean(pos, false);
            return true;
        }
        return false;
    }

    private static boolean parseLong(char[] chars, int start, int end, long min, long max, Row row, int pos) {
        int i = start;
        boolean negative = chars[i] == '-';
        if (negative || chars[i] == '+') {
            i++;
        }
        if (i == end) {
            return false;
        }
        // Accumulate negatively so that Long.MIN_VALUE, whose magnitude has no positive long, parses too.
        long value = 0;
        for (; i < end; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9 || value < (Long.MIN_VALUE + digit) / 10) {
                return false;
            }
            value = value * 10 - digit;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return false;
            }
            value = -value;
        }
        if (value < min || value > max) {
            return false;
        }
        row.setLong(pos, value);
        return true;
    }

    private static boolean parseDouble(String text, DataType type, Row row, int pos) {
        try {
            double value = Double.parseDouble(text);
            row.setDouble(pos, type.root() == TypeRoot.FLOAT ? (float) value : value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean parseDecimal(char[] chars, int start, int end, DataType type, Row row, int pos) {
        try {
            return setDecimal(new BigDecimal(chars, start, end - start), type, row, pos);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Sets a decimal rounded to the type's scale; false if it has more integer digits than the type allows. */
    static boolean setDecimal(BigDecimal value, DataType type, Row row, int pos) {
        BigDecimal scaled = value.setScale(type.scale(), RoundingMode.HALF_UP);
        if (scaled.precision() - scaled.scale() > type.precision() - type.scale() && scaled.signum() != 0) {
            return false;
        }
        row.setObject(pos, scaled);
        return true;
    }

    /** Days since the epoch of {@code yyyy-MM-dd}, or {@code Long.MIN_VALUE} if malformed. */
    static long parseDate(char[] chars, int start, int end) {
        if (end - start != 10 || chars[start + 4] != '-' || chars[start + 7] != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(chars, start, 4);
        int month = digits(chars, start + 5, 2);
        int day = digits(chars, start + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return Long.MIN_VALUE;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    /** Milliseconds of the day of {@code HH:mm:ss[.fraction]} (digits past milliseconds dropped), or -1. */
    static long parseTime(char[] chars, int start, int end) {
        if (end - start < 8 || chars[start + 2] != ':' || chars[start + 5] != ':') {
            return -1;
        }
        int hours = digits(chars, start, 2);
        int minutes = digits(chars, start + 3, 2);
        int seconds = digits(chars, start + 6, 2);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) {
            return -1;
        }
        long millis = ((hours * 60L + minutes) * 60 + seconds) * 1000;
        int i = start + 8;
        if (i == end) {
            return millis;
        }
        if (chars[i] != '.' || i + 1 == end || end - i - 1 > 9) {
            return -1;
        }
        int scale = 100;
        for (i++; i < end; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            millis += digit * scale;
            scale /= 10;
        }
        return millis;
    }

    private static boolean parseTimestamp(char[] chars, int start, int end, DataType type, Row row, int pos) {
        if (type.root() == TypeRoot.TIMESTAMP_LTZ && chars[end - 1] == 'Z') {
            end--;
        }
        if (end - start < 19 || (chars[start + 10] != ' ' && chars[start + 10] != 'T')) {
            return false;
        }
        long days = parseDate(chars, start, start + 10);
        long time = parseTime(chars, start + 11, end);
        if (days == Long.MIN_VALUE || time < 0) {
            return false;
        }
        row.setLong(pos, days * MILLIS_PER_DAY + time);
        return true;
    }

    private static int digits(char[] chars, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            int digit = chars[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
