package io.weir.connector.nexmark;

/**
 * A reusable random generator reseeded for each event, so an event's values depend on its number alone
 * (SplitMix64: a Weyl sequence passed through a 64-bit mixing function). Reseeding allocates nothing, unlike a
 * fresh {@link java.util.SplittableRandom} per event.
 */
final class EventRandom {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final long SALT = 0x6E65786D61726BL;

    private long state;

    /** Starts the sequence of the given event. */
    void seed(long eventNumber) {
        state = mix(eventNumber * GAMMA + SALT);
    }

    long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** A value in {@code [0, bound)}, for {@code 0 < bound < 2^31}, by multiply-shift rather than division. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** A value in {@code [0, bound)}, for a positive {@code bound}. */
    long nextLong(long bound) {
        return bound <= Integer.MAX_VALUE ? nextInt((int) bound) : Math.floorMod(nextLong(), bound);
    }

    /** A value in {@code [0, 1)}. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
