package io.weir.tests.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * The seeds the fault tests run: 1 to n, where n is a system property or the default CI runs. A soak raises them,
 * e.g. {@code -Dweir.faults.seeds=1000 -Dweir.faults.kills=50}.
 */
final class FaultSeeds {
    /** Seeds per checkpointing mode of the task failure test. */
    static final String SEEDS = "weir.faults.seeds";
    /** Seeds of the process kill test. */
    static final String KILLS = "weir.faults.kills";
    /** Seeds of each test with incremental checkpoints. */
    static final String INCREMENTAL = "weir.faults.incremental";

    private FaultSeeds() {
    }

    /** Seeds 1 to {@code weir.faults.seeds}, or to 20. */
    static List<Long> seeds() {
        return upTo(Long.getLong(SEEDS, 20));
    }

    /** Seeds 1 to {@code weir.faults.incremental}, or to 5: the seeds of the incremental mode of either test. */
    static List<Long> incrementalSeeds() {
        return upTo(Long.getLong(INCREMENTAL, 5));
    }

    /** Seeds 1 to {@code weir.faults.kills}, or to 5. */
    static List<Long> kills() {
        return upTo(Long.getLong(KILLS, 5));
    }

    private static List<Long> upTo(long count) {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= count; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }
}
