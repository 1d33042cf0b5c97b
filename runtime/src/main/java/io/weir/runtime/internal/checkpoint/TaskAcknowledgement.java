package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.checkpoint.StateFile;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A task's report that its part of a checkpoint is written: its state files and how long each part took.
 *
 * @param checkpointId the checkpoint acknowledged
 * @param taskIndex the task's index within its job's execution
 * @param files the files the task wrote, one per state table
 * @param syncDuration the synchronous copy of state on the task thread
 * @param asyncDuration the background writing of the files
 * @param alignment from the first barrier the task received to the last one (zero for a source)
 */
public record TaskAcknowledgement(long checkpointId, int taskIndex, List<StateFile> files, Duration syncDuration,
        Duration asyncDuration, Duration alignment) {
    public TaskAcknowledgement {
        files = List.copyOf(files);
        Objects.requireNonNull(syncDuration, "syncDuration");
        Objects.requireNonNull(asyncDuration, "asyncDuration");
        Objects.requireNonNull(alignment, "alignment");
    }
}
