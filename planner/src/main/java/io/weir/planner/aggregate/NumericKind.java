package io.weir.planner.aggregate;

import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;

/** How SUM and AVG add their argument: in a long, a double, or a {@link java.math.BigDecimal}. */
enum NumericKind {
    INTEGRAL,
    FLOATING,
    DECIMAL;

    static NumericKind of(DataType type) {
        switch (type.root()) {
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return INTEGRAL;
            case FLOAT:
            case DOUBLE:
                return FLOATING;
            case DECIMAL:
                return DECIMAL;
            default:
                throw new IllegalArgumentException("not a numeric type: " + type);
        }
    }

    /** Narrows a long sum to its integer type, wrapping on overflow as Flink's int arithmetic does. */
    static long narrow(long value, TypeRoot root) {
        switch (root) {
            case TINYINT:
                return (byte) value;
            case SMALLINT:
                return (short) value;
            case INTEGER:
                return (int) value;
            default:
                return value;
        }
    }
}
