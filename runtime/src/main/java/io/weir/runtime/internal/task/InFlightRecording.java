package io.weir.runtime.internal.task;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.internal.state.TableSnapshot;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows an unaligned checkpoint overtook: those queued before each announced barrier in its channel when the task
 * took them into account, and, from the moment the task snapshotted, every row it consumed from a channel whose
 * barrier had not come yet, until that barrier. They belong to the checkpoint's
 * channel state, so a restore feeds them to the chain again before reading input. The table's columns are
 * {@code in_flight_channel INT NOT NULL}, {@code in_flight_change_kind STRING NOT NULL} ({@code +I}, …) and then the
 * input row's columns. Used by the task's thread only.
 */
final class InFlightRecording {
    /** The name of a task's table of in-flight rows. */
    static final String TABLE_NAME = "in-flight";
    private static final int PREFIX = 2;

    private final BitSet recorded;
    private final List<Row> rows = new ArrayList<>();

    /**
     * @param recorded the channels whose rows are recorded until their barrier: those that had neither delivered the
     *     barrier nor ended when the snapshot was taken
     */
    InFlightRecording(BitSet recorded) {
        this.recorded = (BitSet) recorded.clone();
    }

    /** Whether rows from {@code channel} are recorded now. */
    boolean records(int channel) {
        return recorded.get(channel);
    }

    /** Copies a row consumed from {@code channel}. */
    void record(int channel, ChangeKind kind, Row row) {
        Row copy = new Row(PREFIX + row.arity());
        copy.setInt(0, channel);
        copy.setObject(1, kind.shortString());
        for (int i = 0; i < row.arity(); i++) {
            row.copyField(i, copy, PREFIX + i);
        }
        rows.add(copy);
    }

    /** The channel delivered the barrier, or ended: its later rows are not in flight. */
    void stop(int channel) {
        recorded.clear(channel);
    }

    TableSnapshot table(String uid, RowType inputType, int firstKeyGroup, int lastKeyGroup) {
        return TableSnapshot.ofCopies(new StateTable(uid, TABLE_NAME, StateKind.IN_FLIGHT, schema(inputType)),
                firstKeyGroup, lastKeyGroup, rows);
    }

    /** The uid under which a vertex's in-flight rows are stored: {@code <vertexId>-input}. */
    static String uid(int vertexId) {
        return vertexId + "-input";
    }

    /**
     * Feeds to {@code head} the restored in-flight rows that {@code ownership} gives this subtask, each as its change
     * kind and input row: old subtask by old subtask, each one's in the order it stored them.
     *
     * @param restoredBySubtask each old subtask's stored rows, by its index
     */
    static void replay(Map<Integer, List<Row>> restoredBySubtask, InFlightOwnership ownership, Output head)
            throws Exception {
        for (Map.Entry<Integer, List<Row>> stored : new TreeMap<>(restoredBySubtask).entrySet()) {
            for (Row storedRow : stored.getValue()) {
                Row row = new Row(storedRow.arity() - PREFIX);
                for (int i = 0; i < row.arity(); i++) {
                    storedRow.copyField(PREFIX + i, row, i);
                }
                if (ownership.owns(stored.getKey(), row)) {
                    head.emit(ChangeKind.ofShortString(storedRow.getString(1)), row);
                }
            }
        }
    }

    static RowType schema(RowType inputType) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        names.add("in_flight_channel");
        types.add(DataType.of(TypeRoot.INTEGER).withNullable(false));
        names.add("in_flight_change_kind");
        types.add(DataType.string().withNullable(false));
        for (int i = 0; i < inputType.arity(); i++) {
            String name = inputType.name(i);
            String unique = name;
            for (int suffix = 1; contains(names, unique); suffix++) {
                unique = name + "_" + suffix;
            }
            names.add(unique);
            types.add(inputType.type(i));
        }
        return RowType.of(names, types);
    }

    private static boolean contains(List<String> names, String name) {
        for (String existing : names) {
            if (existing.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

}
