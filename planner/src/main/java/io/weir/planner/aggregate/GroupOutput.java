package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import java.util.List;

/**
 * The layout of a group aggregation's output row: the first {@code keyFields} fields of the key, then one field per
 * aggregate call, where GROUPING()/GROUPING_ID() calls take their value from the key's grouping set id (its last
 * field) and the other calls from the {@link Aggregator}, in order.
 *
 * @param keyFields how many leading key fields are output
 * @param groupingCalls the positions, among the calls, of GROUPING()/GROUPING_ID() calls
 * @param groupingValues per grouping set id, the value of each GROUPING call
 */
public record GroupOutput(int keyFields, List<Integer> groupingCalls, List<List<Long>> groupingValues) {
    public GroupOutput {
        groupingCalls = List.copyOf(groupingCalls);
        groupingValues = groupingValues.stream().map(List::copyOf).toList();
    }

    /** An output of the key's first {@code keyFields} fields and the aggregator's results. */
    public static GroupOutput plain(int keyFields) {
        return new GroupOutput(keyFields, List.of(), List.of());
    }

    Row newOutputRow(Aggregator aggregator) {
        return new Row(keyFields + aggregator.resultType().arity() + groupingCalls.size());
    }

    /** Writes the key fields and results of {@code acc} into {@code target}. */
    void write(Aggregator aggregator, Row acc, Row key, Row target) {
        for (int i = 0; i < keyFields; i++) {
            if (key.isNullAt(i)) {
                target.setNull(i);
            } else {
                target.setLong(i, key.getLong(i));
                if (key.getObject(i) != null) {
                    target.setObject(i, key.getObject(i));
                }
            }
        }
        if (groupingCalls.isEmpty()) {
            aggregator.writeResults(acc, target, keyFields);
            return;
        }
        writeWithGrouping(aggregator, acc, key, target);
    }

    private void writeWithGrouping(Aggregator aggregator, Row acc, Row key, Row target) {
        // Results are written after the grouping values' slots, then moved into place, calls in their order.
        int calls = aggregator.resultType().arity() + groupingCalls.size();
        int scratch = keyFields + groupingCalls.size();
        aggregator.writeResults(acc, target, scratch);
        List<Long> values = groupingValues.get((int) key.getLong(key.arity() - 1));
        int next = scratch;
        int grouping = 0;
        for (int call = 0; call < calls; call++) {
            int position = keyFields + call;
            if (grouping < groupingCalls.size() && groupingCalls.get(grouping) == call) {
                target.setLong(position, values.get(grouping));
                grouping++;
            } else {
                move(target, next++, position);
            }
        }
    }

    /** Copies field {@code from} to an earlier field {@code to} of the same row. */
    private static void move(Row row, int from, int to) {
        if (from == to) {
            return;
        }
        if (row.isNullAt(from)) {
            row.setNull(to);
        } else if (row.getObject(from) != null) {
            row.setObject(to, row.getObject(from));
        } else {
            row.setLong(to, row.getLong(from));
        }
    }
}
