package io.weir.connector.datagen;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.Options;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns a column's type and its {@code fields.<column>.*} options into the {@link FieldSpec} that generates it. */
final class FieldSpecs {
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private FieldSpecs() {
    }

    static boolean isSequence(FieldSpec spec) {
        return spec.kind() <= RowGenerator.SEQUENCE_STRING;
    }

    /** The spec of a top-level column, from its options. */
    static FieldSpec forColumn(String column, DataType type, Options options) {
        double nullRate = options.get(DataGenFactory.NULL_RATE, column);
        if (!(nullRate >= 0 && nullRate <= 1)) {
            throw ConnectorErrors.nullRateOutOfRange(column, nullRate);
        }
        if ("sequence".equals(options.get(DataGenFactory.KIND, column))) {
            return sequence(column, type, options, nullRate);
        }
        return random(column, type, options, nullRate);
    }

    private static FieldSpec sequence(String column, DataType type, Options options, double nullRate) {
        int kind;
        switch (type.root()) {
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                kind = RowGenerator.SEQUENCE_LONG;
                break;
            case FLOAT:
            case DOUBLE:
                kind = RowGenerator.SEQUENCE_DOUBLE;
                break;
            case DECIMAL:
                kind = RowGenerator.SEQUENCE_DECIMAL;
                break;
            case CHAR:
            case VARCHAR:
                kind = RowGenerator.SEQUENCE_STRING;
                break;
            default:
                throw ConnectorErrors.sequenceNotSupported(column, type);
        }
        Long start = options.get(DataGenFactory.START, column);
        Long end = options.get(DataGenFactory.END, column);
        if (start == null) {
            throw ConnectorErrors.sequenceNeedsBound(column, key(DataGenFactory.START, column));
        }
        if (end == null) {
            throw ConnectorErrors.sequenceNeedsBound(column, key(DataGenFactory.END, column));
        }
        if (start > end) {
            throw ConnectorErrors.sequenceStartAfterEnd(column, start, end);
        }
        long typeMin = integerMin(type);
        if (typeMin != 0 && (start < typeMin || end > -(typeMin + 1))) {
            String bad = start < typeMin || start > -(typeMin + 1) ? key(DataGenFactory.START, column)
                    : key(DataGenFactory.END, column);
            long value = bad.endsWith(".start") ? start : end;
            throw ConnectorErrors.invalidOptionValue(bad, Long.toString(value),
                    "a value of type " + type.typeName() + " (" + typeMin + " to " + -(typeMin + 1) + ")");
        }
        return FieldSpec.of(kind, nullRate).withLongs(start, end).withScale(type.scale());
    }

    private static FieldSpec random(String column, DataType type, Options options, double nullRate) {
        String minText = options == null ? null : options.get(DataGenFactory.MIN, column);
        String maxText = options == null ? null : options.get(DataGenFactory.MAX, column);
        int length = options == null ? DataGenFactory.LENGTH.defaultValue() : options.get(DataGenFactory.LENGTH, column);
        Duration maxPast = options == null ? Duration.ZERO : options.get(DataGenFactory.MAX_PAST, column);
        switch (type.root()) {
            case BOOLEAN:
                return FieldSpec.of(RowGenerator.RANDOM_BOOLEAN, nullRate);
            case TINYINT:
                return randomLong(column, minText, maxText, Byte.MIN_VALUE, Byte.MAX_VALUE, nullRate);
            case SMALLINT:
                return randomLong(column, minText, maxText, Short.MIN_VALUE, Short.MAX_VALUE, nullRate);
            case INTEGER:
                return randomLong(column, minText, maxText, Integer.MIN_VALUE, Integer.MAX_VALUE, nullRate);
            case BIGINT:
                return randomLong(column, minText, maxText, Long.MIN_VALUE, Long.MAX_VALUE, nullRate);
            case FLOAT:
                return randomDouble(RowGenerator.RANDOM_FLOAT, column, minText, maxText, -Float.MAX_VALUE,
                        Float.MAX_VALUE, nullRate);
            case DOUBLE:
                return randomDouble(RowGenerator.RANDOM_DOUBLE, column, minText, maxText, -Double.MAX_VALUE,
                        Double.MAX_VALUE, nullRate);
            case DECIMAL:
                double bound = DataGenSource.decimalBound(type);
                return randomDouble(RowGenerator.RANDOM_DECIMAL, column, minText, maxText, -bound, bound, nullRate)
                        .withScale(type.scale());
            case CHAR:
            case VARCHAR:
                return FieldSpec.of(RowGenerator.RANDOM_STRING, nullRate).withLength(Math.min(length, type.precision()));
            case BINARY:
            case VARBINARY:
                return FieldSpec.of(RowGenerator.RANDOM_BYTES, nullRate).withLength(Math.min(length, type.precision()));
            case DATE:
                return FieldSpec.of(RowGenerator.RANDOM_DATE, nullRate)
                        .withLongs(DataGenSource.maxPastMillis(maxPast) / MILLIS_PER_DAY, 0);
            case TIME:
                return FieldSpec.of(RowGenerator.RANDOM_TIME, nullRate).withTruncation(truncation(type.precision()));
            case TIMESTAMP:
            case TIMESTAMP_LTZ:
                int kind = type.root() == TypeRoot.TIMESTAMP
                        ? RowGenerator.RANDOM_TIMESTAMP : RowGenerator.RANDOM_TIMESTAMP_LTZ;
                return FieldSpec.of(kind, nullRate).withLongs(DataGenSource.maxPastMillis(maxPast), 0)
                        .withTruncation(truncation(type.precision()));
            case ROW:
                List<FieldSpec> nested = new ArrayList<>();
                for (DataType.Field field : type.fields()) {
                    nested.add(random(column + "." + field.name(), field.type(), null, 0));
                }
                return FieldSpec.of(RowGenerator.RANDOM_ROW, nullRate).withNested(nested);
            default:
                throw ConnectorErrors.unsupportedColumnType("datagen", column, type);
        }
    }

    private static FieldSpec randomLong(String column, String minText, String maxText, long typeMin, long typeMax,
            double nullRate) {
        long min = minText == null ? typeMin : parseLong(column, "min", minText);
        long max = maxText == null ? typeMax : parseLong(column, "max", maxText);
        if (min > max) {
            throw ConnectorErrors.minAboveMax(column, minText == null ? Long.toString(min) : minText,
                    maxText == null ? Long.toString(max) : maxText);
        }
        if (max < Long.MAX_VALUE) {
            return FieldSpec.of(RowGenerator.RANDOM_LONG, nullRate).withLongs(min, max + 1);
        }
        if (min > Long.MIN_VALUE) {
            return FieldSpec.of(RowGenerator.RANDOM_LONG_TO_MAX, nullRate).withLongs(min - 1, max);
        }
        return FieldSpec.of(RowGenerator.RANDOM_LONG_FULL, nullRate);
    }

    private static FieldSpec randomDouble(int kind, String column, String minText, String maxText, double typeMin,
            double typeMax, double nullRate) {
        double min = minText == null ? typeMin : parseDouble(column, "min", minText);
        double max = maxText == null ? typeMax : parseDouble(column, "max", maxText);
        if (min > max) {
            throw ConnectorErrors.minAboveMax(column, minText == null ? Double.toString(min) : minText,
                    maxText == null ? Double.toString(max) : maxText);
        }
        return FieldSpec.of(kind, nullRate).withDoubles(min, max);
    }

    private static long parseLong(String column, String option, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ConnectorErrors.invalidOptionValue("fields." + column + "." + option, text, "an integer");
        }
    }

    private static double parseDouble(String column, String option, String text) {
        try {
            return new BigDecimal(text.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw ConnectorErrors.invalidOptionValue("fields." + column + "." + option, text, "a number");
        }
    }

    /** The smallest value of a TINYINT, SMALLINT or INT column (whose largest is its negation minus one), else 0. */
    private static long integerMin(DataType type) {
        switch (type.root()) {
            case TINYINT:
                return Byte.MIN_VALUE;
            case SMALLINT:
                return Short.MIN_VALUE;
            case INTEGER:
                return Integer.MIN_VALUE;
            default:
                return 0;
        }
    }

    /** Milliseconds a time value of this precision is a multiple of. */
    private static long truncation(int precision) {
        return precision >= 3 ? 1 : precision == 2 ? 10 : precision == 1 ? 100 : 1000;
    }

    private static String key(ConfigOption<?> template, String column) {
        return template.key().replace("#", column);
    }
}
