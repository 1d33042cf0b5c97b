package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import java.util.List;

/**
 * One aggregate function over a run of accumulator fields starting at {@code base}; the {@link Aggregator} of a query
 * lays several of them side by side in one accumulator row. Inputs are whole input rows: each function knows its
 * argument's field index.
 */
interface AggregateFunction {
    /** The types of the accumulator fields this function uses, in order. */
    List<DataType> accumulatorFields();

    DataType resultType();

    void reset(Row acc, int base);

    void accumulate(Row acc, int base, Row input);

    void retract(Row acc, int base, Row input);

    boolean canRetract();

    void merge(Row acc, int base, Row other);

    void writeResult(Row acc, int base, Row target, int position);
}
