package io.weir.runtime.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a committed checkpoint cost and when each part of it was acknowledged, recorded beside it for the system
 * tables; the durations are the slowest task's.
 *
 * @param syncDuration the longest synchronous copy of a task's state
 * @param asyncDuration the longest background write of a task's files
 * @param alignment the longest barrier alignment of a task
 * @param acknowledgements when the coordinator received the acknowledgement of each operator's subtask that wrote
 *     state, one per operator uid and subtask
 */
public record CheckpointFigures(Duration syncDuration, Duration asyncDuration, Duration alignment,
        List<Acknowledgement> acknowledgements) {
    /** No figures: a checkpoint committed without them. */
    public static final CheckpointFigures NONE = new CheckpointFigures(Duration.ZERO, Duration.ZERO, Duration.ZERO,
            List.of());

    public CheckpointFigures {
        Objects.requireNonNull(syncDuration, "syncDuration");
        Objects.requireNonNull(asyncDuration, "asyncDuration");
        Objects.requireNonNull(alignment, "alignment");
        acknowledgements = List.copyOf(acknowledgements);
    }

    /** The acknowledgement of one subtask of an operator with state. */
    public record Acknowledgement(String operatorUid, int subtask, Instant acknowledgedAt) {
        public Acknowledgement {
            Objects.requireNonNull(operatorUid, "operatorUid");
            Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        }
    }
}
