package io.weir.runtime.checkpoint;

/** The guarantee a job's checkpoints give ({@code execution.checkpointing.mode}). */
public enum CheckpointingMode {
    /** Barriers are aligned (or unaligned with in-flight rows stored): after a restore each row counts once. */
    EXACTLY_ONCE,
    /** Barriers are not aligned: after a restore a row may count more than once, never zero times. */
    AT_LEAST_ONCE
}
