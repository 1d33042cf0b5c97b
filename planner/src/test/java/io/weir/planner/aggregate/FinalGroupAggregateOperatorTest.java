package io.weir.planner.aggregate;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;

import io.weir.planner.catalog.WeirTypeSystem;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.runtime.row.Row;
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

class FinalGroupAggregateOperatorTest {
    private static final RelDataTypeFactory TYPES = new SqlTypeFactoryImpl(WeirTypeSystem.INSTANCE);
    private static final RelDataType INT = TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.INTEGER), true);
    private static final RelDataType INPUT = TYPES.builder()
            .add("k", TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.VARCHAR, Integer.MAX_VALUE), true))
            .add("v", INT)
            .build();
    private static final List<AggregateCall> COUNT_AND_SUM = List.of(
            AggregateCall.create(SqlStdOperatorTable.COUNT, false, false, false, List.of(), -1, RelCollations.EMPTY,
                    TYPES.createSqlType(SqlTypeName.BIGINT), "cnt"),
            AggregateCall.create(SqlStdOperatorTable.SUM, false, false, false, List.of(1), -1, RelCollations.EMPTY,
                    INT, "total"));

    @Test
    void eachGroupIsInsertedOnceWhenTheInputEnds() {
        OperatorHarness.of(() -> new FinalGroupAggregateOperator(
                        Aggregators.create(COUNT_AND_SUM, INPUT, ChangelogMode.INSERT_ONLY), GroupOutput.plain(1), null),
                        keyedOn("k"), "k STRING, v INT").outputType("k STRING, cnt BIGINT, total INT")
                .input("+I[a, 1]", "+I[b, 5]")
                .expect()
                .input("+I[a, 2]")
                .expect()
                .endInput()
                .expect("+I[a, 2, 3]", "+I[b, 1, 5]");
    }

    @Test
    void aGroupRetractedToNoRowsIsNotEmitted() {
        OperatorHarness.of(() -> new FinalGroupAggregateOperator(
                        Aggregators.create(COUNT_AND_SUM, INPUT, ChangelogMode.RETRACT), GroupOutput.plain(1), null),
                        keyedOn("k"), "k STRING, v INT").outputType("k STRING, cnt BIGINT, total INT")
                .input("+I[a, 1]", "+I[b, 5]", "-D[a, 1]")
                .endInput()
                .expect("+I[b, 1, 5]");
    }

    @Test
    void anAggregationWithoutGroupByEmitsItsEmptyResultForAnEmptyInput() {
        OperatorHarness.of(() -> new FinalGroupAggregateOperator(
                        Aggregators.create(COUNT_AND_SUM, INPUT, ChangelogMode.INSERT_ONLY), GroupOutput.plain(0),
                        Row.of(0)),
                        keyedOn("e"), "k STRING, v INT, e INT").outputType("cnt BIGINT, total INT")
                .endInput()
                .expect("+I[0, NULL]");
    }

    @Test
    void anAggregationWithoutGroupByOverRowsEmitsOnlyItsResult() {
        OperatorHarness.of(() -> new FinalGroupAggregateOperator(
                        Aggregators.create(COUNT_AND_SUM, INPUT, ChangelogMode.INSERT_ONLY), GroupOutput.plain(0),
                        Row.of(0)),
                        keyedOn("e"), "k STRING, v INT, e INT").outputType("cnt BIGINT, total INT")
                .input("+I[a, 4, 0]", "+I[b, 5, 0]")
                .endInput()
                .expect("+I[2, 9]");
    }
}
