package io.weir.planner.aggregate;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;

import io.weir.planner.catalog.WeirTypeSystem;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.planner.changelog.UpdateKind;
import io.weir.runtime.testing.OperatorHarness;
import java.util.List;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeFactoryImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class GroupAggregateOperatorTest {
    private static final RelDataTypeFactory TYPES = new SqlTypeFactoryImpl(WeirTypeSystem.INSTANCE);
    private static final RelDataType INT = TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.INTEGER), true);
    private static final RelDataType INPUT = TYPES.builder()
            .add("k", TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.VARCHAR, Integer.MAX_VALUE), true))
            .add("v", INT)
            .build();

    /** COUNT(*) and SUM(v) per k, each update as -U and +U. */
    private static OperatorHarness countAndSum(ChangelogMode inputMode) {
        return countAndSum(inputMode, UpdateKind.BEFORE_AND_AFTER);
    }

    private static OperatorHarness countAndSum(ChangelogMode inputMode, UpdateKind updates) {
        List<AggregateCall> calls = List.of(
                AggregateCall.create(SqlStdOperatorTable.COUNT, false, false, false, List.of(), -1, RelCollations.EMPTY,
                        TYPES.createSqlType(SqlTypeName.BIGINT), "cnt"),
                AggregateCall.create(SqlStdOperatorTable.SUM, false, false, false, List.of(1), -1, RelCollations.EMPTY,
                        INT, "total"));
        return OperatorHarness.of(
                () -> new GroupAggregateOperator(Aggregators.create(calls, INPUT, inputMode), GroupOutput.plain(1), updates),
                keyedOn("k"), "k STRING, v INT").outputType("k STRING, cnt BIGINT, total INT");
    }

    @Test
    void aNewGroupIsInsertedAndAChangedResultIsUpdated() {
        countAndSum(ChangelogMode.INSERT_ONLY)
                .input("+I[a, 1]", "+I[b, 5]", "+I[a, 2]")
                .expect("+I[a, 1, 1]", "+I[b, 1, 5]", "-U[a, 1, 1]", "+U[a, 2, 3]");
    }

    @Test
    void anUpsertingAggregationEmitsOnlyTheNewResultOfAChangedGroup() {
        countAndSum(ChangelogMode.INSERT_ONLY, UpdateKind.ONLY_AFTER)
                .input("+I[a, 1]", "+I[b, 5]", "+I[a, 2]", "+I[a, 4]")
                .expect("+I[a, 1, 1]", "+I[b, 1, 5]", "+U[a, 2, 3]", "+U[a, 3, 7]");
    }

    @Test
    void anUpsertingAggregationStillDeletesAGroupItsRetractionsEmpty() {
        countAndSum(ChangelogMode.RETRACT, UpdateKind.ONLY_AFTER)
                .input("+I[a, 1]", "+I[a, 2]", "-U[a, 1]", "-D[a, 2]")
                .expect("+I[a, 1, 1]", "+U[a, 2, 3]", "+U[a, 1, 2]", "-D[a, 1, 2]");
    }

    @Test
    void retractionsUpdateTheResultAndTheLastOneDeletesTheGroup() {
        countAndSum(ChangelogMode.RETRACT)
                .input("+I[a, 1]", "+I[a, 2]", "-U[a, 1]", "-D[a, 2]")
                .expect("+I[a, 1, 1]", "-U[a, 1, 1]", "+U[a, 2, 3]", "-U[a, 2, 3]", "+U[a, 1, 2]", "-D[a, 1, 2]");
    }

    @Test
    void aGroupDeletedByRetractionsStartsAgainWithAnInsert() {
        countAndSum(ChangelogMode.RETRACT)
                .input("+I[a, 1]", "-D[a, 1]", "+I[a, 7]")
                .expect("+I[a, 1, 1]", "-D[a, 1, 1]", "+I[a, 1, 7]");
    }

    @Test
    void aChangeThatLeavesTheResultAsItWasEmitsNothing() {
        List<AggregateCall> calls = List.of(AggregateCall.create(SqlStdOperatorTable.SUM, false, false, false,
                List.of(1), -1, RelCollations.EMPTY, INT, "total"));
        OperatorHarness.of(() -> new GroupAggregateOperator(
                        Aggregators.create(calls, INPUT, ChangelogMode.INSERT_ONLY), GroupOutput.plain(1),
                        UpdateKind.BEFORE_AND_AFTER),
                        keyedOn("k"), "k STRING, v INT").outputType("k STRING, total INT")
                .input("+I[a, 1]", "+I[a, 0]", "+I[a, 2]")
                .expect("+I[a, 1]", "-U[a, 1]", "+U[a, 3]");
    }

    @Test
    void aRetractionThatEmptiesTheGroupDeletesItEvenIfAnAccumulationFollows() {
        countAndSum(ChangelogMode.RETRACT)
                .input("+I[a, 1]", "-U[a, 1]", "+U[a, 1]")
                .expect("+I[a, 1, 1]", "-D[a, 1, 1]", "+I[a, 1, 1]");
    }

    @Test
    void aRetractionOfAnUnknownGroupIsIgnored() {
        countAndSum(ChangelogMode.RETRACT)
                .input("-D[x, 1]", "+I[y, 2]")
                .expect("+I[y, 1, 2]");
    }

    @Test
    void nullValuesLeaveTheSumNullButAreCounted() {
        countAndSum(ChangelogMode.INSERT_ONLY)
                .input("+I[a, NULL]", "+I[a, 4]")
                .expect("+I[a, 1, NULL]", "-U[a, 1, NULL]", "+U[a, 2, 4]");
    }
}
