package io.weir.planner.sort;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch mode's global ORDER BY: keeps every row of a bounded, insert-only input, and when the input ends emits them
 * sorted, skipping the first {@code offset} and emitting at most {@code fetch}. Runs as one subtask keyed on a
 * constant last field (which it drops from its output), so the rows wait in keyed state, and in checkpoints, until
 * the final watermark fires the timer at +∞ that the first row registered.
 */
public final class SortOperator implements Operator {
    private static final long END_OF_INPUT = Long.MAX_VALUE;

    private final RowType inputType;
    private final RowOrder order;
    private final Limit limit;
    private final Row out;
    private ListState rows;
    private OperatorContext context;

    /**
     * @param keys the sort keys over the input's fields
     * @param inputType the input rows' type: the sorted rows' fields, then the constant key
     * @param limit the rows to skip and the most to emit
     */
    public SortOperator(List<SortKey> keys, RowType inputType, Limit limit) {
        this.inputType = inputType;
        this.order = new RowOrder(keys, inputType);
        this.limit = limit;
        this.out = new Row(inputType.arity() - 1);
    }

    @Override
    public void open(OperatorContext context) {
        this.context = context;
        this.rows = context.listState("rows", inputType);
    }

    @Override
    public void process(ChangeKind kind, Row row, Output output) {
        if (!kind.isAccumulate()) {
            throw new IllegalStateException("a batch sort gets inserts only, not " + kind);
        }
        rows.add(row.copy());
        // Registered once: timers are deduplicated per key and timestamp.
        context.timers().registerEventTimeTimer(END_OF_INPUT);
    }

    @Override
    public void onTimer(long timestamp, TimeDomain domain, Output output) {
        List<Row> sorted = new ArrayList<>();
        for (Row row : rows.get()) {
            sorted.add(row);
        }
        rows.clear();
        // A stable sort: rows with equal keys keep their arrival order.
        sorted.sort(order);
        long end = limit.end(sorted.size());
        for (long i = limit.offset(); i < end; i++) {
            Row row = sorted.get((int) i);
            for (int f = 0; f < out.arity(); f++) {
                row.copyField(f, out, f);
            }
            output.emit(ChangeKind.INSERT, out);
        }
    }
}
