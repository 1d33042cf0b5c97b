package io.weir.planner.aggregate;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import java.util.List;

/**
 * Emits each input row once per grouping set, with the group fields outside that set made NULL and the set's id
 * appended as a last field; a group aggregation keyed on the group fields and that id then aggregates every set at
 * once. With the single empty set it only appends 0, the constant key of an aggregation without GROUP BY.
 */
public final class GroupingSetsExpandOperator implements Operator {
    private final int[][] nulledFields;
    private final Row out;

    /**
     * @param nulledFields per grouping set, the input fields it makes NULL
     * @param inputArity the number of fields of the input rows
     */
    public GroupingSetsExpandOperator(List<List<Integer>> nulledFields, int inputArity) {
        this.nulledFields = new int[nulledFields.size()][];
        for (int i = 0; i < nulledFields.size(); i++) {
            this.nulledFields[i] = nulledFields.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        this.out = new Row(inputArity + 1);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output output) {
        int arity = row.arity();
        for (int set = 0; set < nulledFields.length; set++) {
            for (int i = 0; i < arity; i++) {
                if (row.isNullAt(i)) {
                    out.setNull(i);
                } else {
                    // A field keeps its slot kind from row to row, so a primitive field never holds a stale object.
                    out.setLong(i, row.getLong(i));
                    if (row.getObject(i) != null) {
                        out.setObject(i, row.getObject(i));
                    }
                }
            }
            for (int field : nulledFields[set]) {
                out.setNull(field);
            }
            out.setLong(arity, set);
            output.emit(kind, out);
        }
    }
}
