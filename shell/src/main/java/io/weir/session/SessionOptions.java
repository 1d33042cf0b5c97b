package io.weir.session;

import io.weir.planner.PlannerOptions;
import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.job.JobOptions;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of a session under Flink's names: the defaults Weir gives them, and what SET changed. A key Weir
 * knows is checked when it is set; other keys are kept as they are, as Flink keeps them.
 */
final class SessionOptions {
    static final String PARALLELISM = "parallelism.default";
    static final String MAX_PARALLELISM = "pipeline.max-parallelism";
    static final String DML_SYNC = "table.dml-sync";
    static final String LOCAL_TIME_ZONE = "table.local-time-zone";
    static final String IDLE_TIMEOUT = "table.exec.source.idle-timeout";
    static final String RUNTIME_MODE = PlannerOptions.RUNTIME_MODE;
    static final String RECOVERY_PATH = "execution.state-recovery.path";
    /** The name Flink used for {@link #RECOVERY_PATH} before 2.0; accepted too. */
    static final String SAVEPOINT_PATH = "execution.savepoint.path";
    static final String IGNORE_UNCLAIMED_STATE = "execution.state-recovery.ignore-unclaimed-state";
    /** The name Flink used for {@link #IGNORE_UNCLAIMED_STATE} before 2.0; accepted too. */
    static final String SAVEPOINT_IGNORE_UNCLAIMED_STATE = "execution.savepoint.ignore-unclaimed-state";

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([a-z]*)");
    private static final int MAX_PARALLELISM_LIMIT = 32768;

    private final Map<String, String> defaults;
    private final Map<String, String> set = new HashMap<>();

    SessionOptions(SessionConfig config) {
        Map<String, String> d = new HashMap<>();
        d.put(PARALLELISM, Integer.toString(config.parallelism()));
        d.put(MAX_PARALLELISM, "128");
        d.put(DML_SYNC, "false");
        d.put(LOCAL_TIME_ZONE, config.timeZone().getId());
        d.put(IDLE_TIMEOUT, "0 ms");
        this.defaults = Map.copyOf(d);
    }

    /** The options a job was started with, as {@link #all()} gave them then, over this session's defaults. */
    static SessionOptions restored(SessionConfig config, Map<String, String> recorded) {
        SessionOptions options = new SessionOptions(config);
        options.set.putAll(recorded);
        return options;
    }

    /** Checks a known key's value and sets it. */
    void set(String key, String value) {
        validate(key, value);
        set.put(key, value);
    }

    /** Returns a key to its default (forgets an unknown key). */
    void reset(String key) {
        set.remove(key);
    }

    void resetAll() {
        set.clear();
    }

    /** Every option, defaults overridden by SET, sorted by key. */
    Map<String, String> all() {
        Map<String, String> all = new TreeMap<>(defaults);
        all.putAll(set);
        return Collections.unmodifiableMap(all);
    }

    int parallelism() {
        return Integer.parseInt(all().get(PARALLELISM));
    }

    /**
     * What a job started now runs with: {@code pipeline.max-parallelism}, {@code table.exec.source.idle-timeout},
     * checkpointing ({@code execution.checkpointing.*}), its restart strategy ({@code restart-strategy.*}) and
     * whether a restore drops unclaimed state ({@code execution.state-recovery.ignore-unclaimed-state}).
     */
    JobOptions jobOptions() {
        Map<String, String> all = all();
        CheckpointOptions checkpointing = CheckpointSettings.checkpointing(all);
        String ignoreUnclaimed = all.getOrDefault(IGNORE_UNCLAIMED_STATE,
                all.getOrDefault(SAVEPOINT_IGNORE_UNCLAIMED_STATE, "false"));
        return new JobOptions(Integer.parseInt(all.get(MAX_PARALLELISM).trim()),
                duration(IDLE_TIMEOUT, all.get(IDLE_TIMEOUT)), checkpointing,
                CheckpointSettings.restartStrategy(all, checkpointing.isEnabled()), null,
                Boolean.parseBoolean(ignoreUnclaimed.trim()));
    }

    /**
     * The checkpoint or savepoint directory the next job starts from ({@code execution.state-recovery.path}, or the
     * older {@code execution.savepoint.path}), or {@code null}.
     */
    String recoveryPath() {
        Map<String, String> all = all();
        String path = all.get(RECOVERY_PATH);
        if (path == null) {
            path = all.get(SAVEPOINT_PATH);
        }
        return path == null || path.isBlank() ? null : path.trim();
    }

    /** {@code table.local-time-zone}, where {@code default} is the system's zone as in Flink. */
    ZoneId localTimeZone() {
        String zone = all().get(LOCAL_TIME_ZONE);
        return zone.equals("default") ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    boolean dmlSync() {
        return Boolean.parseBoolean(all().get(DML_SYNC));
    }

    private static void validate(String key, String value) {
        switch (key) {
            case PARALLELISM:
                positiveInt(key, value, Integer.MAX_VALUE);
                break;
            case MAX_PARALLELISM:
                positiveInt(key, value, MAX_PARALLELISM_LIMIT);
                break;
            case DML_SYNC: case IGNORE_UNCLAIMED_STATE: case SAVEPOINT_IGNORE_UNCLAIMED_STATE:
                if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                    throw SessionErrors.invalidOption(key, value, "'true' or 'false'");
                }
                break;
            case LOCAL_TIME_ZONE:
                zone(key, value);
                break;
            case IDLE_TIMEOUT:
                duration(key, value);
                break;
            case RUNTIME_MODE:
                if (!value.trim().equalsIgnoreCase("streaming") && !value.trim().equalsIgnoreCase("batch")) {
                    throw SessionErrors.invalidOption(key, value, "'streaming' or 'batch'");
                }
                break;
            default:
                if (CheckpointSettings.isKnown(key)) {
                    CheckpointSettings.validate(key, value);
                }
                break;
        }
    }

    private static void positiveInt(String key, String value, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= max) {
                return;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted values
        }
        throw SessionErrors.invalidOption(key, value, "an integer from 1 to " + max);
    }

    private static void zone(String key, String value) {
        if (value.equals("default")) {
            return;
        }
        try {
            ZoneId.of(value);
        } catch (DateTimeException e) {
            throw SessionErrors.invalidOption(key, value, "a time zone such as 'UTC', 'Europe/Berlin' or '+02:00'");
        }
    }

    /** Parses a duration as Flink writes them: a number and a unit ({@code 500 ms}, {@code 5s}, {@code 1 min}). */
    static Duration duration(String key, String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms": case "milli": case "millis": case "millisecond": case "milliseconds": case "":
                    return Duration.ofMillis(n);
                case "s": case "sec": case "secs": case "second": case "seconds":
                    return Duration.ofSeconds(n);
                case "min": case "mins": case "minute": case "minutes": case "m":
                    return Duration.ofMinutes(n);
                case "h": case "hour": case "hours":
                    return Duration.ofHours(n);
                case "d": case "day": case "days":
                    return Duration.ofDays(n);
                default:
                    break;
            }
        }
        throw SessionErrors.invalidOption(key, value, "a duration such as '500 ms', '5 s', '1 min', '2 h' or '1 d'");
    }
}
