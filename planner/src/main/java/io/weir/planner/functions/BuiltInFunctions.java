package io.weir.planner.functions;

import io.weir.planner.PlannerErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The run-time bodies of Weir's own scalar functions, called by generated code with values in the row's internal
 * representation (TIMESTAMP as epoch milliseconds of the local date-time, DATE as epoch days). Never called with NULL.
 */
public final class BuiltInFunctions {
    private static final ConcurrentHashMap<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();
    private static final String DEFAULT_TIMESTAMP_FORMAT = "yyyy-MM-dd HH:mm:ss";
    private static final String DEFAULT_DATE_FORMAT = "yyyy-MM-dd";

    private BuiltInFunctions() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        DateTimeFormatter f = FORMATTERS.get(pattern);
        if (f == null) {
            try {
                f = DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                throw PlannerErrors.badDatePattern(pattern, e);
            }
            FORMATTERS.putIfAbsent(pattern, f);
        }
        return f;
    }

    private static Pattern regex(String regex) {
        Pattern p = PATTERNS.get(regex);
        if (p == null) {
            p = Pattern.compile(regex);
            PATTERNS.putIfAbsent(regex, p);
        }
        return p;
    }

    /** DATE_FORMAT(TIMESTAMP, pattern): the local date-time formatted with a Java pattern. */
    public static String dateFormat(long timestampMillis, String pattern) {
        return formatter(pattern).format(LocalDateTime.ofEpochSecond(Math.floorDiv(timestampMillis, 1000L),
                (int) Math.floorMod(timestampMillis, 1000L) * 1_000_000, ZoneOffset.UTC));
    }

    /** DATE_FORMAT(TIMESTAMP_LTZ, pattern): the instant in the session time zone formatted with a Java pattern. */
    public static String dateFormatLtz(long epochMillis, String pattern, ZoneId zone) {
        return formatter(pattern).format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    /** DATE_FORMAT(STRING, pattern): the string read as {@code yyyy-MM-dd HH:mm:ss}, then formatted. */
    public static String dateFormat(String timestamp, String pattern) {
        Long millis = toTimestamp(timestamp);
        return millis == null ? null : dateFormat(millis.longValue(), pattern);
    }

    /** TO_TIMESTAMP(string): {@code yyyy-MM-dd HH:mm:ss} (fractions allowed); NULL if it does not parse. */
    public static Long toTimestamp(String text) {
        String t = text.trim();
        try {
            return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return toTimestamp(t, DEFAULT_TIMESTAMP_FORMAT);
        }
    }

    /** TO_TIMESTAMP(string, pattern); NULL if it does not parse. */
    public static Long toTimestamp(String text, String pattern) {
        try {
            TemporalAccessor parsed = formatter(pattern).parse(text.trim());
            LocalDate date = LocalDate.of(parsed.get(ChronoField.YEAR), field(parsed, ChronoField.MONTH_OF_YEAR, 1),
                    field(parsed, ChronoField.DAY_OF_MONTH, 1));
            long millis = date.toEpochDay() * 86_400_000L;
            millis += field(parsed, ChronoField.HOUR_OF_DAY, 0) * 3_600_000L;
            millis += field(parsed, ChronoField.MINUTE_OF_HOUR, 0) * 60_000L;
            millis += field(parsed, ChronoField.SECOND_OF_MINUTE, 0) * 1000L;
            millis += field(parsed, ChronoField.MILLI_OF_SECOND, 0);
            return millis;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int field(TemporalAccessor parsed, ChronoField field, int absent) {
        return parsed.isSupported(field) ? parsed.get(field) : absent;
    }

    /** TO_DATE(string): {@code yyyy-MM-dd}; NULL if it does not parse. */
    public static Integer toDate(String text) {
        return toDate(text, DEFAULT_DATE_FORMAT);
    }

    /** TO_DATE(string, pattern); NULL if it does not parse. */
    public static Integer toDate(String text, String pattern) {
        Long millis = toTimestamp(text, pattern);
        return millis == null ? null : (int) Math.floorDiv(millis.longValue(), 86_400_000L);
    }

    /** FROM_UNIXTIME(seconds): the time in the session time zone as {@code yyyy-MM-dd HH:mm:ss}. */
    public static String fromUnixtime(long seconds, ZoneId zone) {
        return fromUnixtime(seconds, DEFAULT_TIMESTAMP_FORMAT, zone);
    }

    /** FROM_UNIXTIME(seconds, pattern). */
    public static String fromUnixtime(long seconds, String pattern, ZoneId zone) {
        return formatter(pattern).format(Instant.ofEpochSecond(seconds).atZone(zone));
    }

    /** CURRENT_TIMESTAMP and NOW(): the instant now, a TIMESTAMP_LTZ(3) read for each row as in Flink's streaming mode. */
    public static long currentTimestamp() {
        return System.currentTimeMillis();
    }

    /** UNIX_TIMESTAMP(): seconds since the epoch now. */
    public static long unixTimestamp() {
        return System.currentTimeMillis() / 1000L;
    }

    /** UNIX_TIMESTAMP(string): the string as {@code yyyy-MM-dd HH:mm:ss} in the session time zone, in seconds. */
    public static Long unixTimestamp(String text, ZoneId zone) {
        return unixTimestamp(text, DEFAULT_TIMESTAMP_FORMAT, zone);
    }

    /** UNIX_TIMESTAMP(string, pattern); NULL if it does not parse. */
    public static Long unixTimestamp(String text, String pattern, ZoneId zone) {
        Long local = toTimestamp(text, pattern);
        if (local == null) {
            return null;
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(Math.floorDiv(local.longValue(), 1000L), 0, ZoneOffset.UTC);
        return time.atZone(zone).toEpochSecond();
    }

    /** REGEXP_EXTRACT(string, regex): the whole first match, or NULL. */
    public static String regexpExtract(String text, String regex) {
        return regexpExtract(text, regex, 0);
    }

    /** REGEXP_EXTRACT(string, regex, group): group {@code group} (0 = whole match) of the first match, or NULL. */
    public static String regexpExtract(String text, String regex, int group) {
        Matcher m = regex(regex).matcher(text);
        if (!m.find() || group < 0 || group > m.groupCount()) {
            return null;
        }
        return m.group(group);
    }

    /** SPLIT_INDEX(string, separator, index): the index-th (0-based) piece, or NULL. */
    public static String splitIndex(String text, String separator, int index) {
        if (index < 0 || separator.isEmpty()) {
            return null;
        }
        int start = 0;
        for (int i = 0; i < index; i++) {
            int next = text.indexOf(separator, start);
            if (next < 0) {
                return null;
            }
            start = next + separator.length();
        }
        int end = text.indexOf(separator, start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /** SUBSTR(string, start): from the 1-based start (negative counts from the end) to the end. */
    public static String substr(String text, int start) {
        return substr(text, start, Integer.MAX_VALUE);
    }

    /** SUBSTR(string, start, length), as Flink's SUBSTRING. */
    public static String substr(String text, int start, int length) {
        if (length < 0) {
            return null;
        }
        int from = start > 0 ? start - 1 : start < 0 ? Math.max(0, text.length() + start) : 0;
        if (from >= text.length()) {
            return "";
        }
        long to = Math.min((long) from + length, text.length());
        return text.substring(from, (int) to);
    }

    /** ROUND(x): half up to an integer. */
    public static BigDecimal round(BigDecimal value) {
        return round(value, 0);
    }

    /** ROUND(x, r): half up to r decimal places (r below zero rounds to tens, hundreds, ...). */
    public static BigDecimal round(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_UP);
    }

    public static double round(double value) {
        return round(value, 0);
    }

    public static double round(double value, int places) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue() : value;
    }

    public static float round(float value) {
        return round(value, 0);
    }

    public static float round(float value, int places) {
        return (float) round((double) value, places);
    }

    public static long round(long value) {
        return value;
    }

    public static long round(long value, int places) {
        return places >= 0 ? value : BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).longValue();
    }

    public static int round(int value) {
        return value;
    }

    public static int round(int value, int places) {
        return (int) round((long) value, places);
    }

    public static short round(short value) {
        return value;
    }

    public static short round(short value, int places) {
        return (short) round((long) value, places);
    }

    public static byte round(byte value) {
        return value;
    }

    public static byte round(byte value, int places) {
        return (byte) round((long) value, places);
    }

    /** TRUNCATE(x): towards zero to an integer. */
    public static BigDecimal truncate(BigDecimal value) {
        return truncate(value, 0);
    }

    /** TRUNCATE(x, r): towards zero to r decimal places. */
    public static BigDecimal truncate(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.DOWN);
    }

    public static double truncate(double value) {
        return truncate(value, 0);
    }

    public static double truncate(double value, int places) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(places, RoundingMode.DOWN).doubleValue() : value;
    }

    public static float truncate(float value) {
        return truncate(value, 0);
    }

    public static float truncate(float value, int places) {
        return (float) truncate((double) value, places);
    }

    public static long truncate(long value) {
        return value;
    }

    public static long truncate(long value, int places) {
        return places >= 0 ? value : BigDecimal.valueOf(value).setScale(places, RoundingMode.DOWN).longValue();
    }

    public static int truncate(int value) {
        return value;
    }

    public static int truncate(int value, int places) {
        return (int) truncate((long) value, places);
    }

    public static short truncate(short value) {
        return value;
    }

    public static short truncate(short value, int places) {
        return (short) truncate((long) value, places);
    }

    public static byte truncate(byte value) {
        return value;
    }

    public static byte truncate(byte value, int places) {
        return (byte) truncate((long) value, places);
    }
}
