package io.weir.connector.datagen;

import java.util.List;

/**
 * How the generator makes one column's values: a {@link RowGenerator} kind code and its parameters.
 *
 * @param kind one of the {@code RowGenerator} kind codes
 * @param low sequence start, random minimum, or how far back in time a random value may lie
 * @param high random upper bound (exclusive where the kind says so)
 * @param lowDouble random minimum of a floating-point or decimal column
 * @param highDouble random maximum of a floating-point or decimal column
 * @param nullRate fraction of NULL values
 * @param length length of random strings and bytes
 * @param scale scale of a decimal column
 * @param truncation a time value is rounded down to a multiple of this many milliseconds (its precision)
 * @param nested the fields of a ROW column
 */
record FieldSpec(int kind, long low, long high, double lowDouble, double highDouble, double nullRate, int length,
        int scale, long truncation, List<FieldSpec> nested) {
    FieldSpec {
        nested = List.copyOf(nested);
    }

    static FieldSpec of(int kind, double nullRate) {
        return new FieldSpec(kind, 0, 0, 0, 0, nullRate, 0, 0, 1, List.of());
    }

    FieldSpec withLongs(long newLow, long newHigh) {
        return new FieldSpec(kind, newLow, newHigh, lowDouble, highDouble, nullRate, length, scale, truncation, nested);
    }

    FieldSpec withDoubles(double newLow, double newHigh) {
        return new FieldSpec(kind, low, high, newLow, newHigh, nullRate, length, scale,
                truncation, nested);
    }

    FieldSpec withLength(int newLength) {
        return new FieldSpec(kind, low, high, lowDouble, highDouble, nullRate, newLength, scale, truncation, nested);
    }

    FieldSpec withScale(int newScale) {
        return new FieldSpec(kind, low, high, lowDouble, highDouble, nullRate, length, newScale, truncation, nested);
    }

    FieldSpec withTruncation(long newTruncation) {
        return new FieldSpec(kind, low, high, lowDouble, highDouble, nullRate, length, scale, newTruncation, nested);
    }

    FieldSpec withNested(List<FieldSpec> fields) {
        return new FieldSpec(kind, low, high, lowDouble, highDouble, nullRate, length, scale, truncation, fields);
    }
}
