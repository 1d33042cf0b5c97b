package io.weir.planner.catalog;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/** Flink's type limits for Calcite: strings and bytes up to {@code Integer.MAX_VALUE}, DECIMAL up to 38, timestamps up to 9. */
public final class WeirTypeSystem extends RelDataTypeSystemImpl {
    public static final WeirTypeSystem INSTANCE = new WeirTypeSystem();

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
}
