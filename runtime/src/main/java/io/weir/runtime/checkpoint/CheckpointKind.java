package io.weir.runtime.checkpoint;

/** Why a snapshot was taken: periodically by the coordinator, or because a user asked for a savepoint. */
public enum CheckpointKind {
    CHECKPOINT,
    SAVEPOINT
}
