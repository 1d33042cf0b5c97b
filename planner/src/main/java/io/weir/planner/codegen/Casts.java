package io.weir.planner.codegen;

import io.weir.planner.PlannerErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Flink's casts between numbers, booleans and strings, called by generated code (never with NULL): integers
 * narrow as Java's casts do, DECIMAL rounds half up and is NULL when it overflows, and a string that is not a
 * number fails the job with a data error.
 */
public final class Casts {
    private Casts() {
    }

    public static byte toTinyint(long value) {
        return (byte) value;
    }

    public static byte toTinyint(double value) {
        return (byte) value;
    }

    public static byte toTinyint(BigDecimal value) {
        return (byte) value.longValue();
    }

    public static byte toTinyint(boolean value) {
        return (byte) (value ? 1 : 0);
    }

    public static byte toTinyint(String text) {
        return (byte) parseIntegral(text, Byte.MIN_VALUE, Byte.MAX_VALUE, "TINYINT");
    }

    public static short toSmallint(long value) {
        return (short) value;
    }

    public static short toSmallint(double value) {
        return (short) value;
    }

    public static short toSmallint(BigDecimal value) {
        return (short) value.longValue();
    }

    public static short toSmallint(boolean value) {
        return (short) (value ? 1 : 0);
    }

    public static short toSmallint(String text) {
        return (short) parseIntegral(text, Short.MIN_VALUE, Short.MAX_VALUE, "SMALLINT");
    }

    public static int toInt(long value) {
        return (int) value;
    }

    public static int toInt(double value) {
        return (int) value;
    }

    public static int toInt(BigDecimal value) {
        return (int) value.longValue();
    }

    public static int toInt(boolean value) {
        return value ? 1 : 0;
    }

    public static int toInt(String text) {
        return (int) parseIntegral(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "INT");
    }

    public static long toBigint(long value) {
        return value;
    }

    public static long toBigint(double value) {
        return (long) value;
    }

    public static long toBigint(BigDecimal value) {
        return value.longValue();
    }

    public static long toBigint(boolean value) {
        return value ? 1L : 0L;
    }

    public static long toBigint(String text) {
        return parseIntegral(text, Long.MIN_VALUE, Long.MAX_VALUE, "BIGINT");
    }

    public static double toDouble(boolean value) {
        return value ? 1d : 0d;
    }

    public static double toDouble(String text) {
        return parseDouble(text, "DOUBLE");
    }

    public static float toFloat(boolean value) {
        return value ? 1f : 0f;
    }

    public static float toFloat(String text) {
        return (float) parseDouble(text, "FLOAT");
    }

    /** The value rounded half up to {@code scale} digits; NULL if it then has more than {@code precision} digits. */
    public static BigDecimal toDecimal(BigDecimal value, int precision, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        return rounded.precision() - rounded.scale() > precision - scale ? null : rounded;
    }

    public static BigDecimal toDecimal(long value, int precision, int scale) {
        return toDecimal(BigDecimal.valueOf(value), precision, scale);
    }

    public static BigDecimal toDecimal(double value, int precision, int scale) {
        return Double.isFinite(value) ? toDecimal(BigDecimal.valueOf(value), precision, scale) : null;
    }

    public static BigDecimal toDecimal(boolean value, int precision, int scale) {
        return toDecimal(value ? BigDecimal.ONE : BigDecimal.ZERO, precision, scale);
    }

    public static BigDecimal toDecimal(String text, int precision, int scale) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw PlannerErrors.cannotCast(text, "DECIMAL(" + precision + ", " + scale + ")");
        }
        return toDecimal(value, precision, scale);
    }

    private static long parseIntegral(String text, long min, long max, String type) {
        String trimmed = text.trim();
        long value;
        try {
            value = Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            try {
                // As Flink (and Spark, whose parser it follows), a fraction is dropped: '12.7' is 12.
                value = new BigDecimal(trimmed).setScale(0, RoundingMode.DOWN).longValueExact();
            } catch (NumberFormatException | ArithmeticException notANumber) {
                throw PlannerErrors.cannotCast(text, type);
            }
        }
        if (value < min || value > max) {
            throw PlannerErrors.cannotCast(text, type);
        }
        return value;
    }

    private static double parseDouble(String text, String type) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw PlannerErrors.cannotCast(text, type);
        }
    }
}
