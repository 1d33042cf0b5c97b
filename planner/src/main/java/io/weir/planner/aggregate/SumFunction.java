package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code SUM(x)} and {@code AVG(x)}: a sum and a count of the non-NULL values, so that retraction subtracts and no
 * value left gives NULL. Integers add in a long slot (the result wraps to the result type as Flink's does), floating
 * point in a double slot, decimals as {@link BigDecimal}.
 */
final class SumFunction implements AggregateFunction {
    private static final DataType BIGINT_NOT_NULL = DataType.of(TypeRoot.BIGINT).withNullable(false);
    private final int argument;
    private final NumericKind kind;
    private final DataType resultType;
    private final boolean average;

    private SumFunction(int argument, DataType argumentType, DataType resultType, boolean average) {
        this.argument = argument;
        this.kind = NumericKind.of(argumentType);
        this.resultType = resultType;
        this.average = average;
    }

    static SumFunction sum(int argument, DataType argumentType, DataType resultType) {
        return new SumFunction(argument, argumentType, resultType, false);
    }

    static SumFunction average(int argument, DataType argumentType, DataType resultType) {
        return new SumFunction(argument, argumentType, resultType, true);
    }

    @Override
    public List<DataType> accumulatorFields() {
        DataType sumType;
        switch (kind) {
            case INTEGRAL:
                sumType = DataType.of(TypeRoot.BIGINT).withNullable(false);
                break;
            case FLOATING:
                sumType = DataType.of(TypeRoot.DOUBLE).withNullable(false);
                break;
            default:
                sumType = DataType.decimal(38, resultType.scale());
        }
        return List.of(sumType, BIGINT_NOT_NULL);
    }

    @Override
    public DataType resultType() {
        return resultType;
    }

    @Override
    public void reset(Row acc, int base) {
        if (kind == NumericKind.DECIMAL) {
            acc.setObject(base, BigDecimal.ZERO);
        } else {
            acc.setLong(base, 0);
        }
        acc.setLong(base + 1, 0);
    }

    @Override
    public void accumulate(Row acc, int base, Row input) {
        if (!input.isNullAt(argument)) {
            add(acc, base, input, 1);
        }
    }

    @Override
    public void retract(Row acc, int base, Row input) {
        if (!input.isNullAt(argument)) {
            add(acc, base, input, -1);
        }
    }

    private void add(Row acc, int base, Row input, int sign) {
        switch (kind) {
            case INTEGRAL:
                acc.setLong(base, acc.getLong(base) + sign * input.getLong(argument));
                break;
            case FLOATING:
                acc.setDouble(base, acc.getDouble(base) + sign * input.getDouble(argument));
                break;
            default:
                BigDecimal value = (BigDecimal) input.getObject(argument);
                BigDecimal sum = (BigDecimal) acc.getObject(base);
                acc.setObject(base, sign > 0 ? sum.add(value) : sum.subtract(value));
        }
        acc.setLong(base + 1, acc.getLong(base + 1) + sign);
    }

    @Override
    public boolean canRetract() {
        return true;
    }

    @Override
    public void merge(Row acc, int base, Row other) {
        switch (kind) {
            case INTEGRAL:
                acc.setLong(base, acc.getLong(base) + other.getLong(base));
                break;
            case FLOATING:
                acc.setDouble(base, acc.getDouble(base) + other.getDouble(base));
                break;
            default:
                acc.setObject(base, ((BigDecimal) acc.getObject(base)).add((BigDecimal) other.getObject(base)));
        }
        acc.setLong(base + 1, acc.getLong(base + 1) + other.getLong(base + 1));
    }

    @Override
    public void writeResult(Row acc, int base, Row target, int position) {
        long count = acc.getLong(base + 1);
        if (count == 0) {
            target.setNull(position);
            return;
        }
        switch (kind) {
            case INTEGRAL:
                long sum = acc.getLong(base);
                target.setLong(position, NumericKind.narrow(average ? sum / count : sum, resultType.root()));
                break;
            case FLOATING:
                double total = acc.getDouble(base);
                target.setDouble(position, average ? total / count : total);
                break;
            default:
                BigDecimal decimal = (BigDecimal) acc.getObject(base);
                target.setObject(position, average
                        ? decimal.divide(BigDecimal.valueOf(count), resultType.scale(), java.math.RoundingMode.HALF_UP)
                        : decimal.setScale(resultType.scale(), java.math.RoundingMode.HALF_UP));
        }
    }
}
