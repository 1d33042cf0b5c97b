package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.internal.channel.ExchangeOutput;
import io.weir.runtime.internal.checkpoint.TaskAcknowledgement;
import io.weir.runtime.internal.fault.FaultPoint;
import io.weir.runtime.internal.fault.Faults;
import io.weir.runtime.internal.state.TableSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a task's part of a checkpoint or savepoint (the execution knows which an id is): snapshots the chain's state
 * synchronously on the task's thread (freezing it, see {@code StateSnapshots}), sends the barrier on, then writes the
 * snapshots' rows through the job's storage in the background and acknowledges them to the coordinator. Every table
 * snapshot is released once written, once its writing failed, or when it will not be written, so that the task
 * stops copying state for it.
 */
final class TaskSnapshotter {
    private final TaskOperatorContext context;
    private final int taskIndex;
    private final int firstKeyGroup;
    private final int lastKeyGroup;
    private final Execution execution;
    /** What incremental checkpoints build on; {@code null} when the job's checkpoints are full. */
    private final IncrementalChains incremental;

    /**
     * @param firstKeyGroup the first key group of the subtask's range, which its unkeyed tables cover
     */
    TaskSnapshotter(TaskOperatorContext context, int taskIndex, int firstKeyGroup, int lastKeyGroup,
            Execution execution) {
        this.context = context;
        this.taskIndex = taskIndex;
        this.firstKeyGroup = firstKeyGroup;
        this.lastKeyGroup = lastKeyGroup;
        this.execution = execution;
        this.incremental = execution.job().options().checkpointing().incremental() ? new IncrementalChains() : null;
    }

    boolean isIncremental() {
        return incremental != null;
    }

    /**
     * Checkpoint {@code checkpointId} is committed: the next deltas build on it if the task wrote it. Called by the
     * coordinator's thread before it posts the announcement to the task's mailbox.
     */
    void heardCommitted(long checkpointId) {
        if (incremental != null) {
            incremental.committed(checkpointId);
        }
    }

    /** On the task thread: takes the newest committed checkpoint as the base and forgets older removals. */
    void advanceBase(OperatorChain chain) {
        if (incremental != null) {
            Map<String, Integer> versions = incremental.advance();
            if (versions != null) {
                chain.forgetRemovalsBefore(versions);
            }
        }
    }

    /** Checkpoint {@code checkpointId} was aborted: no delta will build on it. */
    void aborted(long checkpointId) {
        if (incremental != null) {
            incremental.aborted(checkpointId);
        }
    }

    int firstKeyGroup() {
        return firstKeyGroup;
    }

    int lastKeyGroup() {
        return lastKeyGroup;
    }

    /**
     * Checkpoint {@code checkpointId}: snapshots {@code chain} beside the task's own tables, sends the barrier through
     * {@code output}, and hands the writing to the background.
     *
     * @param alignmentNanos how long the task waited from the first barrier to the last
     */
    void checkpoint(long checkpointId, OperatorChain chain, List<TableSnapshot> taskTables, ExchangeOutput output,
            long alignmentNanos) throws Exception {
        Snapshot snapshot = snapshot(checkpointId, chain, taskTables);
        output.barrier(checkpointId);
        write(snapshot, List.of(), alignmentNanos);
    }

    /**
     * The synchronous part of checkpoint {@code checkpointId} alone, for an unaligned checkpoint whose barrier the
     * task has already forwarded and whose in-flight rows come later.
     */
    Snapshot snapshot(long checkpointId, OperatorChain chain, List<TableSnapshot> taskTables) throws Exception {
        Faults.checkpoint(FaultPoint.BARRIER, context.jobId(), context.taskName(), checkpointId);
        long start = System.nanoTime();
        List<TableSnapshot> tables = new ArrayList<>(taskTables);
        try {
            advanceBase(chain);
            // Savepoints are self-contained: always full, and never a base.
            IncrementalChains chains = execution.kindOf(checkpointId) == CheckpointKind.CHECKPOINT ? incremental : null;
            chain.snapshot(checkpointId, context, firstKeyGroup, lastKeyGroup, tables, chains);
        } catch (Throwable t) {
            release(tables);
            throw t;
        }
        return new Snapshot(checkpointId, tables, System.nanoTime() - start);
    }

    /** Writes a snapshot and the tables added to it since in the background, then acknowledges it. */
    void write(Snapshot snapshot, List<TableSnapshot> laterTables, long alignmentNanos) {
        List<TableSnapshot> tables = new ArrayList<>(snapshot.tables());
        tables.addAll(laterTables);
        Duration sync = Duration.ofNanos(snapshot.syncNanos());
        Duration alignment = Duration.ofNanos(alignmentNanos);
        if (!execution.writeInBackground(() -> write(snapshot.checkpointId(), tables, sync, alignment))) {
            release(tables);
        }
    }

    /** Drops a snapshot that will not be written (its checkpoint was aborted, or the task stops). */
    void drop(Snapshot snapshot) {
        release(snapshot.tables());
    }

    /** The synchronous part of a task's checkpoint (its frozen tables), and how long it took. */
    record Snapshot(long checkpointId, List<TableSnapshot> tables, long syncNanos) {
    }

    private void write(long checkpointId, List<TableSnapshot> tables, Duration sync, Duration alignment) {
        long start = System.nanoTime();
        try {
            CheckpointStorage storage = execution.storage();
            CheckpointKind kind = execution.kindOf(checkpointId);
            List<StateFile> files = new ArrayList<>(tables.size());
            Map<String, Map<String, List<StateFile>>> chains = new HashMap<>();
            for (TableSnapshot table : tables) {
                StateFile file;
                try {
                    file = storage.write(context.jobId(), checkpointId, kind, context.subtaskIndex(),
                            table.firstKeyGroup(), table.lastKeyGroup(), table.table(), table.content(),
                            table.rows());
                } finally {
                    table.release().run();
                }
                List<StateFile> chain = new ArrayList<>(table.chain());
                chain.add(file);
                files.addAll(chain);
                chains.computeIfAbsent(table.table().operatorUid(), uid -> new HashMap<>())
                        .put(table.table().name(), List.copyOf(chain));
            }
            if (incremental != null && kind == CheckpointKind.CHECKPOINT) {
                incremental.written(checkpointId, chains);
            }
            execution.acknowledge(new TaskAcknowledgement(checkpointId, taskIndex, files, sync,
                    Duration.ofNanos(System.nanoTime() - start), alignment));
        } catch (Throwable t) {
            release(tables);
            execution.decline(checkpointId, taskIndex, t);
        }
    }

    private static void release(List<TableSnapshot> tables) {
        for (TableSnapshot table : tables) {
            table.release().run();
        }
    }
}
