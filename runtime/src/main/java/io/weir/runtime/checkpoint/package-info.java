/**
 * Checkpoints: consistent snapshots of a job's state taken with barriers, as in Flink (Chandy–Lamport).
 *
 * <p>The coordinator of a job triggers checkpoint {@code n} ({@link io.weir.runtime.checkpoint.CheckpointOptions});
 * each source subtask, between two polls of its reader, records its reader's positions and sends barrier {@code n}
 * downstream after the rows it emitted before. A task with several input channels aligns the barriers in
 * exactly-once mode (a channel that delivered barrier {@code n} is not read again until every channel has), does
 * not in at-least-once mode, and in unaligned mode forwards the barrier at once and stores the rows it overtook.
 * On barrier {@code n} a task copies its operators' state synchronously into {@link
 * io.weir.runtime.checkpoint.StateTable}s, forwards the barrier, then writes the copies through the job's
 * {@link io.weir.runtime.checkpoint.CheckpointStorage} in the background and acknowledges with the
 * {@link io.weir.runtime.checkpoint.StateFile}s. When every task has acknowledged the coordinator commits the
 * {@link io.weir.runtime.checkpoint.CompletedCheckpoint} — the commit point — and then tells the tasks, so sinks
 * commit what they prepared for it.
 *
 * <p>A restore gives each subtask the rows of the files whose key-group range overlaps its own, and each keyed
 * state keeps the rows of its own key groups; a source reader gets every split position and reads the splits it
 * owns; {@link io.weir.runtime.checkpoint.RestartStrategy} decides whether and when a failed job restarts.
 */
package io.weir.runtime.checkpoint;
