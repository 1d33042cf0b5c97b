package io.weir.session;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * The rows of one state table of one operator as of a checkpoint: each subtask's chain folded, the full file then
 * its deltas in the order of the checkpoints that wrote them, tombstones applied.
 *
 * <p>A delta replaces every row of a key, so folding needs to know which columns are the key. The files do not say;
 * they are found from the operator's timer table (its columns are the key group, the key and a timestamp), else from
 * a tombstone (which sets only the key group and the key), else the key is taken to be the one column after
 * {@code key_group}.
 */
final class CheckpointStateRows {
    private final CheckpointStorage storage;
    private final CompletedCheckpoint checkpoint;
    private final StateTable table;

    CheckpointStateRows(CheckpointStorage storage, CompletedCheckpoint checkpoint, StateTable table) {
        this.storage = storage;
        this.checkpoint = checkpoint;
        this.table = table;
    }

    /** Every row, with the columns of the table's full schema. */
    List<Row> read() {
        Map<String, List<StateFile>> chains = new LinkedHashMap<>();
        for (StateFile file : checkpoint.filesOf(table.operatorUid())) {
            if (file.table().name().equals(table.name())) {
                chains.computeIfAbsent(file.subtask() + ":" + file.firstKeyGroup() + "-" + file.lastKeyGroup(),
                        k -> new ArrayList<>()).add(file);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<StateFile> chain : chains.values()) {
            chain.sort(Comparator.comparingLong(StateFile::checkpointId));
            rows.addAll(fold(chain));
        }
        return rows;
    }

    private List<Row> fold(List<StateFile> chain) {
        if (chain.size() == 1 && chain.get(0).content() == StateFile.Content.FULL) {
            return readAll(chain.get(0));
        }
        boolean timers = table.kind() == StateKind.EVENT_TIME_TIMERS
                || table.kind() == StateKind.PROCESSING_TIME_TIMERS;
        List<List<Row>> deltas = new ArrayList<>();
        for (StateFile file : chain.subList(1, chain.size())) {
            deltas.add(readAll(file));
        }
        // Columns 0..keyEnd-1 (key group and key) identify what a delta row replaces; a timer is its whole row.
        int keyEnd = timers ? table.schema().arity() : 1 + keyArity(deltas);
        Map<Row, List<Row>> byKey = new LinkedHashMap<>();
        for (Row row : readAll(chain.get(0))) {
            byKey.computeIfAbsent(prefix(row, 0, keyEnd), k -> new ArrayList<>()).add(row);
        }
        for (List<Row> delta : deltas) {
            Set<Row> replaced = new HashSet<>();
            for (Row marked : delta) {
                Row key = prefix(marked, 1, keyEnd);
                if (marked.getBoolean(0)) {
                    byKey.remove(key);
                    continue;
                }
                Row row = prefix(marked, 1, table.schema().arity());
                if (timers) {
                    byKey.put(key, new ArrayList<>(List.of(row)));
                } else if (replaced.add(key)) {
                    byKey.put(key, new ArrayList<>(List.of(row)));
                } else {
                    byKey.get(key).add(row);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (List<Row> keyRows : byKey.values()) {
            rows.addAll(keyRows);
        }
        return rows;
    }

    /** The number of key columns: from the operator's timer table, else a tombstone, else one. */
    private int keyArity(List<List<Row>> deltas) {
        for (StateFile file : checkpoint.filesOf(table.operatorUid())) {
            StateKind kind = file.table().kind();
            if (kind == StateKind.EVENT_TIME_TIMERS || kind == StateKind.PROCESSING_TIME_TIMERS) {
                return file.table().schema().arity() - 2;
            }
        }
        for (List<Row> delta : deltas) {
            for (Row row : delta) {
                if (row.getBoolean(0)) {
                    int set = 0;
                    for (int i = 2; i < row.arity() && !row.isNullAt(i); i++) {
                        set++;
                    }
                    return set;
                }
            }
        }
        return 1;
    }

    /** The first {@code count} fields after the first {@code shift} ones (a delta's marker) as a row of their own. */
    private static Row prefix(Row row, int shift, int count) {
        Row copy = new Row(count);
        for (int i = 0; i < count; i++) {
            row.copyField(i + shift, copy, i);
        }
        return copy;
    }

    private List<Row> readAll(StateFile file) {
        try {
            return storage.readAll(checkpoint, file);
        } catch (IOException e) {
            throw new WeirException(ErrorCode.IO_ERROR, "Cannot read state file '" + file.path() + "' of checkpoint "
                    + checkpoint.checkpointId() + " of job '" + checkpoint.jobId() + "': " + e.getMessage(), e);
        }
    }
}
