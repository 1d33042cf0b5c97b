package io.weir.tests.faults;

import java.util.List;

/** The checkpointing modes the fault tests run the job in, as the SET statements that choose them. */
enum CheckpointMode {
    ALIGNED(List.of("SET 'execution.checkpointing.mode' = 'EXACTLY_ONCE'")),
    UNALIGNED(List.of("SET 'execution.checkpointing.mode' = 'EXACTLY_ONCE'",
            "SET 'execution.checkpointing.unaligned.enabled' = 'true'")),
    AT_LEAST_ONCE(List.of("SET 'execution.checkpointing.mode' = 'AT_LEAST_ONCE'")),
    /** Aligned, with keyed state written as deltas on the last committed checkpoint. */
    INCREMENTAL(List.of("SET 'execution.checkpointing.mode' = 'EXACTLY_ONCE'",
            "SET 'execution.checkpointing.incremental' = 'true'"));

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
