package io.weir.connector.datagen;

/**
 * The random numbers behind one generated row: a SplitMix64 sequence (a Weyl sequence through a 64-bit mixing
 * function) restarted for each row from the source's seed and the row's index, so a row's random values depend on
 * those two numbers alone. That is what lets a restored reader, or a reader owning another set of splits, produce the
 * very rows the uninterrupted run would have; restarting allocates nothing, unlike a fresh
 * {@link java.util.SplittableRandom} per row.
 */
final class RowRandom {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** Restarts the sequence for the row with index {@code index} of a source seeded with {@code seed}. */
    void startRow(long seed, long index) {
        state = mix(seed + mix(index * GAMMA + 1));
    }

    long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Uniform in {@code [0, bound)} for a positive {@code bound}; rejects the biased tail of the 63-bit range. */
    long nextLong(long bound) {
        long mask = bound - 1;
        long bits = nextLong() >>> 1;
        if ((bound & mask) == 0) {
            return bits & mask;
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        while (bits >= limit) {
            bits = nextLong() >>> 1;
        }
        return bits % bound;
    }

    /** Uniform in {@code [origin, bound)}, for {@code origin < bound}, also when the width overflows a long. */
    long nextLong(long origin, long bound) {
        long width = bound - origin;
        if (width > 0) {
            return origin + nextLong(width);
        }
        long value = nextLong();
        while (value < origin || value >= bound) {
            value = nextLong();
        }
        return value;
    }

    /** Uniform in {@code [0, 1)}. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean nextBoolean() {
        return nextLong() < 0;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
