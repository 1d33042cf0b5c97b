package io.weir.session;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.checkpoint.CheckpointingMode;
import io.weir.runtime.checkpoint.RestartStrategy;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The session's checkpointing and restart options under Flink 2.3's names ({@code execution.checkpointing.*},
 * {@code restart-strategy.*}), checked when set and turned into the runtime's {@link CheckpointOptions} and
 * {@link RestartStrategy} when a job starts.
 */
final class CheckpointSettings {
    static final String PREFIX = "execution.checkpointing.";
    static final String INTERVAL = PREFIX + "interval";
    static final String MODE = PREFIX + "mode";
    static final String UNALIGNED = PREFIX + "unaligned.enabled";
    static final String ALIGNED_TIMEOUT = PREFIX + "aligned-checkpoint-timeout";
    static final String TIMEOUT = PREFIX + "timeout";
    static final String MIN_PAUSE = PREFIX + "min-pause";
    static final String MAX_CONCURRENT = PREFIX + "max-concurrent-checkpoints";
    static final String TOLERABLE_FAILURES = PREFIX + "tolerable-failed-checkpoints";
    static final String NUM_RETAINED = PREFIX + "num-retained";
    static final String INCREMENTAL = PREFIX + "incremental";

    static final String RESTART_TYPE = "restart-strategy.type";
    static final String FIXED_ATTEMPTS = "restart-strategy.fixed-delay.attempts";
    static final String FIXED_DELAY = "restart-strategy.fixed-delay.delay";
    static final String EXP_INITIAL = "restart-strategy.exponential-delay.initial-backoff";
    static final String EXP_MAX = "restart-strategy.exponential-delay.max-backoff";
    static final String EXP_MULTIPLIER = "restart-strategy.exponential-delay.backoff-multiplier";
    static final String EXP_ATTEMPTS = "restart-strategy.exponential-delay.attempts-before-reset-backoff";

    private static final Set<String> NONE = Set.of("none", "off", "disable");
    private static final Set<String> FIXED = Set.of("fixed-delay", "fixeddelay");
    private static final Set<String> EXPONENTIAL = Set.of("exponential-delay", "exponentialdelay");

    private CheckpointSettings() {
    }

    /** Whether {@code key} is one of these options. */
    static boolean isKnown(String key) {
        switch (key) {
            case INTERVAL: case MODE: case UNALIGNED: case ALIGNED_TIMEOUT: case TIMEOUT: case MIN_PAUSE:
            case MAX_CONCURRENT: case TOLERABLE_FAILURES: case NUM_RETAINED: case INCREMENTAL: case RESTART_TYPE:
            case FIXED_ATTEMPTS:
            case FIXED_DELAY: case EXP_INITIAL: case EXP_MAX: case EXP_MULTIPLIER: case EXP_ATTEMPTS:
                return true;
            default:
                return false;
        }
    }

    /** Checks the value of one of these options; throws naming the option and what it accepts. */
    static void validate(String key, String value) {
        switch (key) {
            case INTERVAL: case ALIGNED_TIMEOUT: case MIN_PAUSE: case FIXED_DELAY: case EXP_INITIAL: case EXP_MAX:
                SessionOptions.duration(key, value);
                break;
            case TIMEOUT:
                if (SessionOptions.duration(key, value).isZero()) {
                    throw SessionErrors.invalidOption(key, value, "a duration greater than zero");
                }
                break;
            case MODE:
                mode(value);
                break;
            case UNALIGNED: case INCREMENTAL:
                bool(key, value);
                break;
            case MAX_CONCURRENT: case NUM_RETAINED:
                integer(key, value, 1);
                break;
            case TOLERABLE_FAILURES: case FIXED_ATTEMPTS: case EXP_ATTEMPTS:
                integer(key, value, 0);
                break;
            case EXP_MULTIPLIER:
                multiplier(value);
                break;
            case RESTART_TYPE:
                restartType(value);
                break;
            default:
                break;
        }
    }

    /** The checkpointing a job started now gets; off unless {@code execution.checkpointing.interval} is set. */
    static CheckpointOptions checkpointing(Map<String, String> options) {
        CheckpointOptions defaults = CheckpointOptions.disabled();
        CheckpointingMode mode = options.containsKey(MODE) ? mode(options.get(MODE)) : defaults.mode();
        boolean unaligned = options.containsKey(UNALIGNED) && bool(UNALIGNED, options.get(UNALIGNED));
        if (unaligned && mode != CheckpointingMode.EXACTLY_ONCE) {
            throw SessionErrors.invalidOption(UNALIGNED, options.get(UNALIGNED),
                    "'false' while '" + MODE + "' is 'AT_LEAST_ONCE' (unaligned checkpoints are exactly-once)");
        }
        return new CheckpointOptions(
                duration(options, INTERVAL, defaults.interval()),
                mode,
                unaligned,
                duration(options, ALIGNED_TIMEOUT, defaults.alignedCheckpointTimeout()),
                duration(options, TIMEOUT, defaults.timeout()),
                duration(options, MIN_PAUSE, defaults.minPause()),
                integer(options, MAX_CONCURRENT, defaults.maxConcurrent(), 1),
                integer(options, TOLERABLE_FAILURES, defaults.tolerableFailures(), 0),
                integer(options, NUM_RETAINED, defaults.numRetained(), 1),
                options.containsKey(INCREMENTAL) && bool(INCREMENTAL, options.get(INCREMENTAL)));
    }

    /**
     * The restart strategy a job started now gets: {@code restart-strategy.type}, or as in Flink when it is unset,
     * exponential delay for a checkpointed job and none otherwise.
     */
    static RestartStrategy restartStrategy(Map<String, String> options, boolean checkpointed) {
        String type = options.containsKey(RESTART_TYPE) ? restartType(options.get(RESTART_TYPE))
                : checkpointed ? "exponential-delay" : "none";
        switch (type) {
            case "fixed-delay":
                return new RestartStrategy.FixedDelay(integer(options, FIXED_ATTEMPTS, 1, 0),
                        duration(options, FIXED_DELAY, Duration.ofSeconds(1)));
            case "exponential-delay": {
                Duration initial = duration(options, EXP_INITIAL, Duration.ofSeconds(1));
                Duration max = duration(options, EXP_MAX, Duration.ofMinutes(1));
                if (max.compareTo(initial) < 0) {
                    throw SessionErrors.invalidOption(EXP_MAX, options.getOrDefault(EXP_MAX, "1 min"),
                            "a duration at least '" + EXP_INITIAL + "' (" + initial.toMillis() + " ms)");
                }
                double multiplier = options.containsKey(EXP_MULTIPLIER) ? multiplier(options.get(EXP_MULTIPLIER))
                        : 1.5;
                return new RestartStrategy.ExponentialDelay(initial, max, multiplier,
                        integer(options, EXP_ATTEMPTS, Integer.MAX_VALUE, 0));
            }
            default:
                return new RestartStrategy.None();
        }
    }

    private static CheckpointingMode mode(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        if (v.equals("EXACTLY_ONCE")) {
            return CheckpointingMode.EXACTLY_ONCE;
        }
        if (v.equals("AT_LEAST_ONCE")) {
            return CheckpointingMode.AT_LEAST_ONCE;
        }
        throw SessionErrors.invalidOption(MODE, value, "'EXACTLY_ONCE' or 'AT_LEAST_ONCE'");
    }

    /** The canonical name of a restart strategy type. */
    private static String restartType(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (NONE.contains(v)) {
            return "none";
        }
        if (FIXED.contains(v)) {
            return "fixed-delay";
        }
        if (EXPONENTIAL.contains(v)) {
            return "exponential-delay";
        }
        throw SessionErrors.invalidOption(RESTART_TYPE, value, "'none', 'fixed-delay' or 'exponential-delay'");
    }

    private static boolean bool(String key, String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw SessionErrors.invalidOption(key, value, "'true' or 'false'");
    }

    private static int integer(String key, String value, int min) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted values
        }
        throw SessionErrors.invalidOption(key, value, "an integer from " + min + " to " + Integer.MAX_VALUE);
    }

    private static double multiplier(String value) {
        try {
            double m = Double.parseDouble(value.trim());
            if (m >= 1 && Double.isFinite(m)) {
                return m;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted values
        }
        throw SessionErrors.invalidOption(EXP_MULTIPLIER, value, "a number of at least 1, such as '1.5'");
    }

    private static Duration duration(Map<String, String> options, String key, Duration fallback) {
        String value = options.get(key);
        return value == null ? fallback : SessionOptions.duration(key, value);
    }

    private static int integer(Map<String, String> options, String key, int fallback, int min) {
        String value = options.get(key);
        return value == null ? fallback : integer(key, value, min);
    }
}
