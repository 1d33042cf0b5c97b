package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Aggregator} over a list of aggregate functions laid side by side in one accumulator row, after the row
 * count in field 0; a function with a FILTER sees only the rows whose filter field is TRUE.
 */
final class FunctionListAggregator implements Aggregator {
    private final AggregateFunction[] functions;
    private final int[] bases;
    private final int[] filters;
    private final RowType accumulatorType;
    private final RowType resultType;
    private final boolean canRetract;

    /**
     * @param filters per function, the index of its boolean FILTER field in the input, or -1
     * @param names per function, the name of its result field
     */
    FunctionListAggregator(List<AggregateFunction> functions, List<Integer> filters, List<String> names) {
        this.functions = functions.toArray(new AggregateFunction[0]);
        this.bases = new int[functions.size()];
        this.filters = new int[functions.size()];
        List<String> accNames = new ArrayList<>();
        List<DataType> accTypes = new ArrayList<>();
        accNames.add("row_count");
        accTypes.add(DataType.of(TypeRoot.BIGINT).withNullable(false));
        List<DataType> resultTypes = new ArrayList<>();
        boolean retract = true;
        for (int i = 0; i < this.functions.length; i++) {
            AggregateFunction f = this.functions[i];
            bases[i] = accTypes.size();
            this.filters[i] = filters.get(i);
            List<DataType> fields = f.accumulatorFields();
            for (int j = 0; j < fields.size(); j++) {
                accNames.add(names.get(i) + "_" + j);
                accTypes.add(fields.get(j));
            }
            resultTypes.add(f.resultType());
            retract &= f.canRetract();
        }
        this.accumulatorType = RowType.of(accNames, accTypes);
        this.resultType = RowType.of(names, resultTypes);
        this.canRetract = retract;
    }

    @Override
    public RowType accumulatorType() {
        return accumulatorType;
    }

    @Override
    public RowType resultType() {
        return resultType;
    }

    @Override
    public void reset(Row accumulator) {
        accumulator.setLong(0, 0);
        for (int i = 0; i < functions.length; i++) {
            functions[i].reset(accumulator, bases[i]);
        }
    }

    @Override
    public void accumulate(Row accumulator, Row input) {
        accumulator.setLong(0, accumulator.getLong(0) + 1);
        for (int i = 0; i < functions.length; i++) {
            if (passes(i, input)) {
                functions[i].accumulate(accumulator, bases[i], input);
            }
        }
    }

    @Override
    public void retract(Row accumulator, Row input) {
        accumulator.setLong(0, accumulator.getLong(0) - 1);
        for (int i = 0; i < functions.length; i++) {
            if (passes(i, input)) {
                functions[i].retract(accumulator, bases[i], input);
            }
        }
    }

    private boolean passes(int function, Row input) {
        int filter = filters[function];
        return filter < 0 || !input.isNullAt(filter) && input.getBoolean(filter);
    }

    @Override
    public boolean canRetract() {
        return canRetract;
    }

    @Override
    public void merge(Row accumulator, Row other) {
        accumulator.setLong(0, accumulator.getLong(0) + other.getLong(0));
        for (int i = 0; i < functions.length; i++) {
            functions[i].merge(accumulator, bases[i], other);
        }
    }

    @Override
    public long rowCount(Row accumulator) {
        return accumulator.getLong(0);
    }

    @Override
    public void writeResults(Row accumulator, Row target, int offset) {
        for (int i = 0; i < functions.length; i++) {
            functions[i].writeResult(accumulator, bases[i], target, offset + i);
        }
    }
}
