package io.weir.planner.translate;

import java.math.BigDecimal;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexLiteral;

/** Literal values in the row's internal representation, for VALUES rows. */
final class LiteralValues {
    private LiteralValues() {
    }

    /** The literal as {@link io.weir.runtime.row.Row#setBoxed} takes it for a field of {@code type}; null for NULL. */
    static Object internal(RexLiteral literal, RelDataType type) {
        if (literal.isNull()) {
            return null;
        }
        switch (type.getSqlTypeName()) {
            case BOOLEAN:
                return literal.getValueAs(Boolean.class);
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return literal.getValueAs(BigDecimal.class).longValue();
            case FLOAT:
            case REAL:
            case DOUBLE:
                return literal.getValueAs(BigDecimal.class).doubleValue();
            case DECIMAL:
                return literal.getValueAs(BigDecimal.class).setScale(type.getScale(), java.math.RoundingMode.HALF_UP);
            case CHAR:
            case VARCHAR:
                return literal.getValueAs(String.class);
            case BINARY:
            case VARBINARY:
                return literal.getValueAs(ByteString.class).getBytes();
            case DATE:
            case TIME:
                return literal.getValueAs(Integer.class).longValue();
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return literal.getValueAs(Long.class);
            default:
                throw new IllegalStateException("no internal value for literal " + literal + " of type " + type);
        }
    }
}
