package io.weir.tests.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeds the fault tests run: 1 to n, where n is the system property {@code weir.faults.seeds} or a test's own
 * default (a soak raises it, e.g. {@code -Dweir.faults.seeds=1000}).
 */
final class FaultSeeds {
    static final String PROPERTY = "weir.faults.seeds";

    private FaultSeeds() {
    }

    /** Seeds 1 to the property's value, or to 20. */
    static List<Long> seeds() {
        return seeds(20);
    }

    static List<Long> seeds(int byDefault) {
        long count = Long.getLong(PROPERTY, byDefault);
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= count; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }
}
