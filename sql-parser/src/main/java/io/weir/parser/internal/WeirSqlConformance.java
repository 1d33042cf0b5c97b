package io.weir.parser.internal;

import org.apache.calcite.sql.validate.SqlAbstractConformance;

/** Calcite's default conformance with the liberties Flink SQL takes: {@code !=}, {@code %}, sorting by alias or ordinal. */
public final class WeirSqlConformance extends SqlAbstractConformance {
    public static final WeirSqlConformance INSTANCE = new WeirSqlConformance();

    private WeirSqlConformance() {
    }

    @Override
    public boolean isBangEqualAllowed() {
        return true;
    }

    @Override
    public boolean isPercentRemainderAllowed() {
        return true;
    }

    @Override
    public boolean isSortByOrdinal() {
        return true;
    }

    @Override
    public boolean isSortByAlias() {
        return true;
    }

    @Override
    public boolean isFromRequired() {
        return false;
    }

    @Override
    public boolean isMinusAllowed() {
        return true;
    }

    @Override
    public boolean isInsertSubsetColumnsAllowed() {
        return true;
    }

    @Override
    public boolean allowExplicitRowValueConstructor() {
        return true;
    }

    @Override
    public boolean allowQualifyingCommonColumn() {
        return true;
    }

    @Override
    public boolean isGroupByAlias() {
        return false;
    }

    @Override
    public boolean isGroupByOrdinal() {
        return false;
    }

    @Override
    public boolean isLimitStartCountAllowed() {
        return false;
    }
}
