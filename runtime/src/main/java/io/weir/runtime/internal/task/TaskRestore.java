package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads, from the checkpoint a task restores from, the rows each part of the task needs: a keyed operator the files
 * overlapping its key groups, a source reader every position of its source, a sink writer the pending commits its
 * subtask prepared. Called by the task's thread before it reads input.
 */
final class TaskRestore {
    private final CheckpointStorage storage;
    private final CompletedCheckpoint checkpoint;
    private final int subtask;
    private final int parallelism;

    TaskRestore(CheckpointStorage storage, CompletedCheckpoint checkpoint, int subtask, int parallelism) {
        this.storage = storage;
        this.checkpoint = checkpoint;
        this.subtask = subtask;
        this.parallelism = parallelism;
    }

    /** Every position every reader of the source {@code sourceUid} recorded. */
    List<Row> positions(String sourceUid) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (StateFile file : checkpoint.filesOf(sourceUid)) {
            if (file.table().kind() == StateKind.SOURCE_POSITIONS) {
                rows.addAll(storage.readAll(checkpoint, file));
            }
        }
        return rows;
    }

    /**
     * The pending commits of each sink of the chain that this subtask owns: those its own subtask prepared, and at a
     * lower parallelism those of the subtasks congruent to it.
     */
    Map<String, List<Row>> pendingCommits(OperatorChain chain) throws IOException {
        Map<String, List<Row>> byUid = new HashMap<>();
        for (int i = 0; i < chain.length(); i++) {
            for (StateFile file : checkpoint.filesOf(chain.uid(i))) {
                if (file.table().kind() == StateKind.SINK_PENDING_COMMITS && file.subtask() % parallelism == subtask) {
                    byUid.computeIfAbsent(chain.uid(i), uid -> new ArrayList<>())
                            .addAll(storage.readAll(checkpoint, file));
                }
            }
        }
        return byUid;
    }

    /** The rows of each keyed operator's tables from the files overlapping its key groups. */
    Map<String, Map<StateTable, List<Row>>> keyedState(OperatorChain chain) throws IOException {
        Map<String, Map<StateTable, List<Row>>> byUid = new HashMap<>();
        for (int i = 0; i < chain.length(); i++) {
            KeyedStateBackend state = chain.state(i);
            if (!state.isKeyed()) {
                continue;
            }
            Map<StateTable, List<Row>> tables = new LinkedHashMap<>();
            for (StateFile file : checkpoint.filesOf(chain.uid(i))) {
                if (isKeyedKind(file.table().kind())
                        && file.overlaps(state.firstKeyGroup(), state.lastKeyGroup())) {
                    tables.computeIfAbsent(file.table(), t -> new ArrayList<>())
                            .addAll(storage.readAll(checkpoint, file));
                }
            }
            byUid.put(chain.uid(i), tables);
        }
        return byUid;
    }

    /**
     * The rows of the {@code kind} tables of {@code uid} by the subtask that wrote them, such as the in-flight rows of
     * every subtask of a vertex, which a restore at another parallelism shares out among the new subtasks.
     */
    Map<Integer, List<Row>> rowsBySubtask(String uid, StateKind kind) throws IOException {
        Map<Integer, List<Row>> bySubtask = new HashMap<>();
        for (StateFile file : checkpoint.filesOf(uid)) {
            if (file.table().kind() == kind) {
                bySubtask.computeIfAbsent(file.subtask(), s -> new ArrayList<>())
                        .addAll(storage.readAll(checkpoint, file));
            }
        }
        return bySubtask;
    }

    private static boolean isKeyedKind(StateKind kind) {
        return switch (kind) {
            case VALUE, MAP, LIST, EVENT_TIME_TIMERS, PROCESSING_TIME_TIMERS -> true;
            case SOURCE_POSITIONS, SINK_PENDING_COMMITS, IN_FLIGHT -> false;
        };
    }
}
