package io.weir.session;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a session starts with: its data directory and the defaults of its options, which SET overrides.
 *
 * @param parallelism the default of {@code parallelism.default}
 * @param timeZone the default of {@code table.local-time-zone}
 */
public record SessionConfig(Path dataDir, int parallelism, ZoneId timeZone) {
    public SessionConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(timeZone, "timeZone");
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
    }

    /** Weir's defaults: one subtask per core (deliberately not Flink's 1) and the system's time zone. */
    public static SessionConfig defaults(Path dataDir) {
        return new SessionConfig(dataDir, Runtime.getRuntime().availableProcessors(), ZoneId.systemDefault());
    }

    public SessionConfig withParallelism(int newParallelism) {
        return new SessionConfig(dataDir, newParallelism, timeZone);
    }
}
