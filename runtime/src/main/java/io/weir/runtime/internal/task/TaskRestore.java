package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.internal.state.StateSnapshots;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * The rows of each keyed operator's tables from the files overlapping its key groups: per table, the chain of
     * each former subtask (its full file, then its deltas in checkpoint order), every file read and verified before
     * anything is loaded.
     */
    Map<String, Map<StateTable, List<StateSnapshots.RestoredFile>>> keyedState(OperatorChain chain)
            throws IOException {
        Map<String, Map<StateTable, List<StateSnapshots.RestoredFile>>> byUid = new HashMap<>();
        for (int i = 0; i < chain.length(); i++) {
            KeyedStateBackend state = chain.state(i);
            if (!state.isKeyed()) {
                continue;
            }
            Map<ChainKey, List<StateFile>> chains = new LinkedHashMap<>();
            for (StateFile file : checkpoint.filesOf(chain.uid(i))) {
                if (isKeyedKind(file.table().kind())
                        && file.overlaps(state.firstKeyGroup(), state.lastKeyGroup())) {
                    chains.computeIfAbsent(new ChainKey(file.table(), file.subtask(), file.firstKeyGroup(),
                            file.lastKeyGroup()), k -> new ArrayList<>()).add(file);
                }
            }
            Map<StateTable, List<StateSnapshots.RestoredFile>> tables = new LinkedHashMap<>();
            for (Map.Entry<ChainKey, List<StateFile>> entry : chains.entrySet()) {
                List<StateSnapshots.RestoredFile> files = tables.computeIfAbsent(entry.getKey().table(),
                        t -> new ArrayList<>());
                for (StateFile file : ordered(entry.getValue())) {
                    files.add(new StateSnapshots.RestoredFile(file.content(), storage.readAll(checkpoint, file)));
                }
            }
            byUid.put(chain.uid(i), tables);
        }
        return byUid;
    }

    /** The files of one table written by one former subtask over one key-group range. */
    private record ChainKey(StateTable table, int subtask, int firstKeyGroup, int lastKeyGroup) {
    }

    /** A chain's files in the order a restore applies them, checked to be one full file and then deltas. */
    private List<StateFile> ordered(List<StateFile> chain) {
        List<StateFile> sorted = new ArrayList<>(chain);
        sorted.sort(Comparator.comparingLong(StateFile::checkpointId));
        for (int i = 0; i < sorted.size(); i++) {
            StateFile.Content expected = i == 0 ? StateFile.Content.FULL : StateFile.Content.DELTA;
            if (sorted.get(i).content() != expected || i > 0
                    && sorted.get(i).checkpointId() == sorted.get(i - 1).checkpointId()) {
                throw new IllegalStateException("checkpoint " + checkpoint.checkpointId() + " of job '"
                        + checkpoint.jobId() + "' lists for state '" + sorted.get(0).table().name() + "' of operator '"
                        + sorted.get(0).table().operatorUid() + "', subtask " + sorted.get(0).subtask()
                        + ", the files " + sorted + ", which are not one full file followed by deltas");
            }
        }
        return sorted;
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
