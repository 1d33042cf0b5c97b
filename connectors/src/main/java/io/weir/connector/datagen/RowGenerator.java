package io.weir.connector.datagen;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Fills a row with generated values, one reader's worth of mutable state over immutable {@link FieldSpec}s.
 *
 * <p>Fields are dispatched by a switch over an int kind held in parallel arrays rather than by one generator
 * object per field: the switch stays cheap however many kinds a table mixes, where a virtual call per field
 * would turn megamorphic. Primitive fields are written into the reused row without boxing.
 */
final class RowGenerator {
    static final int SEQUENCE_LONG = 0;
    static final int SEQUENCE_DOUBLE = 1;
    static final int SEQUENCE_DECIMAL = 2;
    static final int SEQUENCE_STRING = 3;
    static final int RANDOM_BOOLEAN = 4;
    /** {@code low} inclusive, {@code high} exclusive. */
    static final int RANDOM_LONG = 5;
    /** {@code low} exclusive, {@code high} inclusive: the range ends at {@code Long.MAX_VALUE}. */
    static final int RANDOM_LONG_TO_MAX = 6;
    static final int RANDOM_LONG_FULL = 7;
    static final int RANDOM_DOUBLE = 8;
    static final int RANDOM_DECIMAL = 9;
    static final int RANDOM_STRING = 10;
    static final int RANDOM_BYTES = 11;
    /** {@code low} is how many days before today a date may lie. */
    static final int RANDOM_DATE = 12;
    static final int RANDOM_TIME = 13;
    /** {@code low} is how many milliseconds before now a timestamp may lie. */
    static final int RANDOM_TIMESTAMP = 14;
    static final int RANDOM_TIMESTAMP_LTZ = 15;
    static final int RANDOM_ROW = 16;
    static final int RANDOM_FLOAT = 17;

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int[] kinds;
    private final long[] lows;
    private final long[] highs;
    private final double[] lowDoubles;
    private final double[] highDoubles;
    private final double[] nullRates;
    private final int[] lengths;
    private final int[] scales;
    private final long[] truncations;
    private final RowGenerator[] nested;
    private final char[] chars;
    private final boolean usesClock;
    private long nowMillis;
    private long localNowMillis;

    RowGenerator(List<FieldSpec> specs) {
        int n = specs.size();
        kinds = new int[n];
        lows = new long[n];
        highs = new long[n];
        lowDoubles = new double[n];
        highDoubles = new double[n];
        nullRates = new double[n];
        lengths = new int[n];
        scales = new int[n];
        truncations = new long[n];
        nested = new RowGenerator[n];
        int maxLength = 0;
        boolean clock = false;
        for (int i = 0; i < n; i++) {
            FieldSpec spec = specs.get(i);
            kinds[i] = spec.kind();
            lows[i] = spec.low();
            highs[i] = spec.high();
            lowDoubles[i] = spec.lowDouble();
            highDoubles[i] = spec.highDouble();
            nullRates[i] = spec.nullRate();
            lengths[i] = spec.length();
            scales[i] = spec.scale();
            truncations[i] = Math.max(1, spec.truncation());
            if (spec.kind() == RANDOM_ROW) {
                nested[i] = new RowGenerator(spec.nested());
                clock |= nested[i].usesClock;
            }
            if (spec.kind() == RANDOM_STRING) {
                maxLength = Math.max(maxLength, spec.length());
            }
            clock |= spec.kind() == RANDOM_DATE || spec.kind() == RANDOM_TIMESTAMP || spec.kind() == RANDOM_TIMESTAMP_LTZ;
        }
        chars = new char[maxLength];
        usesClock = clock;
    }

    /** Whether some field needs {@link #setClock} before a batch. */
    boolean usesClock() {
        return usesClock;
    }

    /** Sets "now" for the next batch of rows: the instant and the same wall-clock time in the local zone. */
    void setClock(long epochMillis, long localMillis) {
        nowMillis = epochMillis;
        localNowMillis = localMillis;
        for (RowGenerator generator : nested) {
            if (generator != null) {
                generator.setClock(epochMillis, localMillis);
            }
        }
    }

    int arity() {
        return kinds.length;
    }

    /** Fills every field of {@code row} for the row with global sequence index {@code index}. */
    void fill(Row row, long index, RowRandom random) {
        for (int i = 0; i < kinds.length; i++) {
            if (nullRates[i] > 0 && random.nextDouble() < nullRates[i]) {
                row.setNull(i);
            } else {
                fillField(row, i, index, random);
            }
        }
    }

    private void fillField(Row row, int i, long index, RowRandom random) {
        switch (kinds[i]) {
            case SEQUENCE_LONG:
                row.setLong(i, lows[i] + index);
                break;
            case SEQUENCE_DOUBLE:
                row.setDouble(i, lows[i] + index);
                break;
            case SEQUENCE_DECIMAL:
                row.setObject(i, BigDecimal.valueOf(lows[i] + index).setScale(scales[i], RoundingMode.UNNECESSARY));
                break;
            case SEQUENCE_STRING:
                row.setObject(i, Long.toString(lows[i] + index));
                break;
            case RANDOM_BOOLEAN:
                row.setBoolean(i, random.nextBoolean());
                break;
            case RANDOM_LONG:
                row.setLong(i, random.nextLong(lows[i], highs[i]));
                break;
            case RANDOM_LONG_TO_MAX:
                row.setLong(i, random.nextLong(lows[i], highs[i]) + 1);
                break;
            case RANDOM_LONG_FULL:
                row.setLong(i, random.nextLong());
                break;
            case RANDOM_DOUBLE:
                row.setDouble(i, randomDouble(i, random));
                break;
            case RANDOM_FLOAT:
                row.setDouble(i, (float) randomDouble(i, random));
                break;
            case RANDOM_DECIMAL:
                row.setObject(i, new BigDecimal(randomDouble(i, random)).setScale(scales[i], RoundingMode.HALF_DOWN));
                break;
            case RANDOM_STRING:
                row.setObject(i, randomHex(lengths[i], random));
                break;
            case RANDOM_BYTES:
                row.setObject(i, randomBytes(lengths[i], random));
                break;
            case RANDOM_DATE:
                row.setLong(i, Math.floorDiv(localNowMillis, MILLIS_PER_DAY) - random.nextLong(lows[i] + 1));
                break;
            case RANDOM_TIME:
                long time = random.nextLong(MILLIS_PER_DAY);
                row.setLong(i, time - time % truncations[i]);
                break;
            case RANDOM_TIMESTAMP:
                row.setLong(i, truncate(localNowMillis - random.nextLong(lows[i] + 1), truncations[i]));
                break;
            case RANDOM_TIMESTAMP_LTZ:
                row.setLong(i, truncate(nowMillis - random.nextLong(lows[i] + 1), truncations[i]));
                break;
            case RANDOM_ROW:
                RowGenerator generator = nested[i];
                Row nestedRow = new Row(generator.arity());
                generator.fill(nestedRow, index, random);
                row.setObject(i, nestedRow);
                break;
            default:
                throw new IllegalStateException("unknown generator kind " + kinds[i]);
        }
    }

    private double randomDouble(int i, RowRandom random) {
        // Interpolating, rather than low + r * (high - low), cannot overflow when the range spans every double.
        double r = random.nextDouble();
        return lowDoubles[i] * (1 - r) + highDoubles[i] * r;
    }

    private static long truncate(long millis, long unit) {
        return unit == 1 ? millis : Math.floorDiv(millis, unit) * unit;
    }

    private String randomHex(int length, RowRandom random) {
        int i = 0;
        while (i < length) {
            long bits = random.nextLong();
            for (int k = 0; k < 16 && i < length; k++, i++) {
                chars[i] = HEX[(int) (bits & 0xF)];
                bits >>>= 4;
            }
        }
        return new String(chars, 0, length);
    }

    private static byte[] randomBytes(int length, RowRandom random) {
        byte[] bytes = new byte[length];
        int i = 0;
        while (i < length) {
            long bits = random.nextLong();
            for (int k = 0; k < 8 && i < length; k++, i++) {
                bytes[i] = (byte) bits;
                bits >>>= 8;
            }
        }
        return bytes;
    }
}
