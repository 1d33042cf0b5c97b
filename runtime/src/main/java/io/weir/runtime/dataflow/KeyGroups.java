package io.weir.runtime.dataflow;

/**
 * The mapping of keys to key groups and of key groups to subtasks, shared by hash partitioning and keyed state.
 *
 * <p>A key's hash is mixed and reduced to a key group in {@code [0, maxParallelism)}; key group {@code g} belongs to
 * subtask {@code g * parallelism / maxParallelism}, so each subtask owns one contiguous range of key groups and a job
 * can be restored at another parallelism by handing ranges out anew.
 */
public final class KeyGroups {
    /** The number of key groups when a job does not choose one. */
    public static final int DEFAULT_MAX_PARALLELISM = 128;
    /** The most key groups a job may have. */
    public static final int UPPER_BOUND_MAX_PARALLELISM = 32768;

    private KeyGroups() {
    }

    /** The key group of a key whose hash is {@code keyHash}. */
    public static int keyGroupOf(int keyHash, int maxParallelism) {
        return (mix(keyHash) & Integer.MAX_VALUE) % maxParallelism;
    }

    /** The subtask, of {@code parallelism}, that owns key group {@code keyGroup}. */
    public static int subtaskOf(int keyGroup, int maxParallelism, int parallelism) {
        return keyGroup * parallelism / maxParallelism;
    }

    /** The subtask, of {@code parallelism}, that owns the key whose hash is {@code keyHash}. */
    public static int subtaskOfKey(int keyHash, int maxParallelism, int parallelism) {
        return subtaskOf(keyGroupOf(keyHash, maxParallelism), maxParallelism, parallelism);
    }

    /** The first key group subtask {@code subtask} owns: the least {@code g} with {@code g * p >= subtask * max}. */
    public static int firstKeyGroup(int subtask, int maxParallelism, int parallelism) {
        return (subtask * maxParallelism + parallelism - 1) / parallelism;
    }

    /** The last key group subtask {@code subtask} owns (inclusive). */
    public static int lastKeyGroup(int subtask, int maxParallelism, int parallelism) {
        return firstKeyGroup(subtask + 1, maxParallelism, parallelism) - 1;
    }

    /**
     * Checks that {@code parallelism} subtasks can share {@code maxParallelism} key groups.
     *
     * @throws IllegalStateException if some subtask would own no key group
     */
    public static void checkParallelism(int parallelism, int maxParallelism) {
        if (parallelism < 1 || parallelism > maxParallelism) {
            throw new IllegalStateException(
                    "parallelism " + parallelism + " is outside [1, " + maxParallelism + "], the number of key groups");
        }
    }

    /** The finalisation step of MurmurHash3: spreads every input bit over the whole word. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
