package io.weir.tests.faults;

import java.util.List;

/** The checkpointing modes the fault tests run the job in, as the SET statements that choose them. */
enum CheckpointMode {
    ALIGNED(List.of("SET 'execution.checkpointing.mode' = 'EXACTLY_ONCE'")),
    UNALIGNED(List.of("SET 'execution.checkpointing.mode' = 'EXACTLY_ONCE'",
            "SET 'execution.checkpointing.unaligned.enabled' = 'true'")),
    AT_LEAST_ONCE(List.of("SET 'execution.checkpointing.mode' = 'AT_LEAST_ONCE'"));

    private final List<String> settings;

    CheckpointMode(List<String> settings) {
        this.settings = settings;
    }

    List<String> settings() {
        return settings;
    }

    boolean exactlyOnce() {
        return this != AT_LEAST_ONCE;
    }
}
