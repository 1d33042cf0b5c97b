package io.weir.planner.catalog;

import java.math.RoundingMode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Flink's type rules for Calcite: strings and bytes up to {@code Integer.MAX_VALUE}, DECIMAL up to 38 digits
 * rounding half up, timestamps up to 9, and the result types of decimal arithmetic.
 */
public final class WeirTypeSystem extends RelDataTypeSystemImpl {
    public static final WeirTypeSystem INSTANCE = new WeirTypeSystem();

    private static final int MAX_DECIMAL_PRECISION = 38;
    private static final int MIN_ADJUSTED_SCALE = 6;

    private WeirTypeSystem() {
    }

    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        switch (typeName) {
            case CHAR:
            case VARCHAR:
            case BINARY:
            case VARBINARY:
                return Integer.MAX_VALUE;
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
            case TIME:
                return 9;
            case DECIMAL:
                return 38;
            default:
                return super.getMaxPrecision(typeName);
        }
    }

    @Override
    public int getDefaultPrecision(SqlTypeName typeName) {
        switch (typeName) {
            case VARCHAR:
            case VARBINARY:
                return Integer.MAX_VALUE;
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return 6;
            case DECIMAL:
                return 10;
            default:
                return super.getDefaultPrecision(typeName);
        }
    }

    @Override
    public int getMaxScale(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? 38 : super.getMaxScale(typeName);
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }

    /** Casts and literals round half up, as Flink's DECIMAL does (Calcite's default truncates). */
    @Override
    public RoundingMode roundingMode() {
        return RoundingMode.HALF_UP;
    }

    @Override
    public RelDataType deriveDecimalPlusType(RelDataTypeFactory factory, RelDataType left, RelDataType right) {
        if (!decimalOperands(left, right)) {
            return null;
        }
        int scale = Math.max(scale(left), scale(right));
        int precision = Math.max(precision(left) - scale(left), precision(right) - scale(right)) + scale + 1;
        return decimal(factory, precision, scale);
    }

    @Override
    public RelDataType deriveDecimalMultiplyType(RelDataTypeFactory factory, RelDataType left, RelDataType right) {
        if (!decimalOperands(left, right)) {
            return null;
        }
        return decimal(factory, precision(left) + precision(right) + 1, scale(left) + scale(right));
    }

    @Override
    public RelDataType deriveDecimalDivideType(RelDataTypeFactory factory, RelDataType left, RelDataType right) {
        if (!decimalOperands(left, right)) {
            return null;
        }
        int scale = Math.max(MIN_ADJUSTED_SCALE, scale(left) + precision(right) + 1);
        return decimal(factory, precision(left) - scale(left) + scale(right) + scale, scale);
    }

    @Override
    public RelDataType deriveDecimalModType(RelDataTypeFactory factory, RelDataType left, RelDataType right) {
        if (!decimalOperands(left, right)) {
            return null;
        }
        int scale = Math.max(scale(left), scale(right));
        return decimal(factory, Math.min(precision(left) - scale(left), precision(right) - scale(right)) + scale, scale);
    }

    /** Flink's SUM keeps the argument's type, except DECIMAL(p, s), which sums to DECIMAL(38, s). */
    @Override
    public RelDataType deriveSumType(RelDataTypeFactory factory, RelDataType argumentType) {
        if (!SqlTypeUtil.isDecimal(argumentType)) {
            return argumentType;
        }
        return factory.createTypeWithNullability(
                factory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL_PRECISION, argumentType.getScale()),
                argumentType.isNullable());
    }

    /** Flink's AVG keeps the argument's type (AVG of an INT is an INT), except DECIMAL(p, s): DECIMAL(38, max(6, s)). */
    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory factory, RelDataType argumentType) {
        if (!SqlTypeUtil.isDecimal(argumentType)) {
            return argumentType;
        }
        return factory.createTypeWithNullability(factory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL_PRECISION,
                Math.max(MIN_ADJUSTED_SCALE, argumentType.getScale())), argumentType.isNullable());
    }

    /** Flink's rule: at least one DECIMAL and both exact; integers count as DECIMAL(digits, 0). */
    private static boolean decimalOperands(RelDataType left, RelDataType right) {
        return SqlTypeUtil.isExactNumeric(left) && SqlTypeUtil.isExactNumeric(right)
                && (SqlTypeUtil.isDecimal(left) || SqlTypeUtil.isDecimal(right));
    }

    private static int precision(RelDataType type) {
        switch (type.getSqlTypeName()) {
            case TINYINT:
                return 3;
            case SMALLINT:
                return 5;
            case INTEGER:
                return 10;
            case BIGINT:
                return 19;
            default:
                return type.getPrecision();
        }
    }

    private static int scale(RelDataType type) {
        return SqlTypeUtil.isDecimal(type) ? type.getScale() : 0;
    }

    /**
     * DECIMAL(precision, scale), or, past the maximum precision, DECIMAL(38, s) keeping the integer digits and at
     * least six (or the original, if fewer) fraction digits, as Flink's LogicalTypeMerging does.
     */
    private static RelDataType decimal(RelDataTypeFactory factory, int precision, int scale) {
        int p = precision;
        int s = scale;
        if (p > MAX_DECIMAL_PRECISION) {
            int integerDigits = p - s;
            s = Math.max(MAX_DECIMAL_PRECISION - integerDigits, Math.min(s, MIN_ADJUSTED_SCALE));
            p = MAX_DECIMAL_PRECISION;
        }
        return factory.createSqlType(SqlTypeName.DECIMAL, p, s);
    }
}
