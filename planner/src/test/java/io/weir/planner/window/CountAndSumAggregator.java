package io.weir.planner.window;

import io.weir.planner.aggregate.Aggregator;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;

/** {@code COUNT(*), SUM(field)} over a BIGINT field: the smallest aggregator that shows what a window holds. */
final class CountAndSumAggregator implements Aggregator {
    private static final RowType TYPE = new RowType(List.of(
            new DataType.Field("cnt", DataType.of(TypeRoot.BIGINT)),
            new DataType.Field("total", DataType.of(TypeRoot.BIGINT))));
    private final int field;

    CountAndSumAggregator(int field) {
        this.field = field;
    }

    @Override
    public RowType accumulatorType() {
        return TYPE;
    }

    @Override
    public RowType resultType() {
        return TYPE;
    }

    @Override
    public void reset(Row accumulator) {
        accumulator.setLong(0, 0);
        accumulator.setLong(1, 0);
    }

    @Override
    public void accumulate(Row accumulator, Row input) {
        accumulator.setLong(0, accumulator.getLong(0) + 1);
        accumulator.setLong(1, accumulator.getLong(1) + input.getLong(field));
    }

    @Override
    public void retract(Row accumulator, Row input) {
        accumulator.setLong(0, accumulator.getLong(0) - 1);
        accumulator.setLong(1, accumulator.getLong(1) - input.getLong(field));
    }

    @Override
    public boolean canRetract() {
        return true;
    }

    @Override
    public void merge(Row accumulator, Row other) {
        accumulator.setLong(0, accumulator.getLong(0) + other.getLong(0));
        accumulator.setLong(1, accumulator.getLong(1) + other.getLong(1));
    }

    @Override
    public long rowCount(Row accumulator) {
        return accumulator.getLong(0);
    }

    @Override
    public void writeResults(Row accumulator, Row target, int offset) {
        target.setLong(offset, accumulator.getLong(0));
        target.setLong(offset + 1, accumulator.getLong(1));
    }
}
