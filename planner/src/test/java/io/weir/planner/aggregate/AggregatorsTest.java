package io.weir.planner.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.planner.catalog.WeirTypeSystem;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.EncodableValue;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeFactoryImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

class AggregatorsTest {
    private static final RelDataTypeFactory TYPES = new SqlTypeFactoryImpl(WeirTypeSystem.INSTANCE);
    /** Input rows: (v INT, d DECIMAL(10, 2), s STRING, b BOOLEAN, x DOUBLE). */
    private static final RelDataType INPUT = TYPES.builder()
            .add("v", TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.INTEGER), true))
            .add("d", TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.DECIMAL, 10, 2), true))
            .add("s", TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.VARCHAR, Integer.MAX_VALUE), true))
            .add("b", TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.BOOLEAN), true))
            .add("x", TYPES.createTypeWithNullability(TYPES.createSqlType(SqlTypeName.DOUBLE), true))
            .build();

    private static AggregateCall call(SqlAggFunction function, boolean distinct, int filter, Integer... args) {
        List<RelDataType> argTypes = new ArrayList<>();
        for (int arg : args) {
            argTypes.add(INPUT.getFieldList().get(arg).getType());
        }
        RelDataType type;
        switch (function.getKind()) {
            case COUNT:
                type = TYPES.createSqlType(SqlTypeName.BIGINT);
                break;
            case SUM:
                type = WeirTypeSystem.INSTANCE.deriveSumType(TYPES, argTypes.get(0));
                break;
            case AVG:
                type = WeirTypeSystem.INSTANCE.deriveAvgAggType(TYPES, argTypes.get(0));
                break;
            default:
                type = argTypes.get(0);
        }
        return AggregateCall.create(function, distinct, false, false, Arrays.asList(args), filter,
                RelCollations.EMPTY, type, function.getName().toLowerCase());
    }

    private static Aggregator create(ChangelogMode mode, AggregateCall... calls) {
        return Aggregators.create(List.of(calls), INPUT, mode);
    }

    private static Row input(Integer v, String d, String s, Boolean b, Double x) {
        return Row.of(v, d == null ? null : new BigDecimal(d), s, b, x);
    }

    /** Applies changes written as +v / -v for INT values (other fields NULL) and returns the results' values. */
    private static List<Object> results(Aggregator aggregator, Row acc) {
        Row target = new Row(aggregator.resultType().arity());
        aggregator.writeResults(acc, target, 0);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < target.arity(); i++) {
            DataType type = aggregator.resultType().type(i);
            if (target.isNullAt(i)) {
                values.add(null);
            } else if (type.root() == TypeRoot.DOUBLE) {
                values.add(target.getDouble(i));
            } else if (type.root().isPrimitiveSlot()) {
                values.add(target.getLong(i));
            } else {
                values.add(target.getObject(i));
            }
        }
        return values;
    }

    private static Row newAccumulator(Aggregator aggregator) {
        Row acc = new Row(aggregator.accumulatorType().arity());
        aggregator.reset(acc);
        return acc;
    }

    @Test
    void countStarCountsEveryRowAndCountOfAColumnSkipsNulls() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.COUNT, false, -1),
                call(SqlStdOperatorTable.COUNT, false, -1, 0));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(1, null, null, null, null));
        a.accumulate(acc, input(null, null, null, null, null));
        a.accumulate(acc, input(3, null, null, null, null));
        a.retract(acc, input(1, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(2L, 1L);
        assertThat(a.rowCount(acc)).isEqualTo(2);
        assertThat(a.resultType().type(0)).hasToString("BIGINT NOT NULL");
    }

    @Test
    void sumOfIntIsIntAndRetractsToNullWhenNoValueIsLeft() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.SUM, false, -1, 0));
        Row acc = newAccumulator(a);
        assertThat(results(a, acc)).containsExactly((Object) null);
        a.accumulate(acc, input(5, null, null, null, null));
        a.accumulate(acc, input(7, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(12L);
        a.retract(acc, input(5, null, null, null, null));
        a.retract(acc, input(7, null, null, null, null));
        assertThat(results(a, acc)).containsExactly((Object) null);
        assertThat(a.resultType().type(0).root()).isEqualTo(TypeRoot.INTEGER);
    }

    @Test
    void sumOfIntWrapsOnOverflowAsFlinksIntSumDoes() {
        Aggregator a = create(ChangelogMode.INSERT_ONLY, call(SqlStdOperatorTable.SUM, false, -1, 0));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(Integer.MAX_VALUE, null, null, null, null));
        a.accumulate(acc, input(1, null, null, null, null));
        assertThat(results(a, acc)).containsExactly((long) Integer.MIN_VALUE);
    }

    @Test
    void sumOfDecimalIsDecimal38WithTheArgumentsScale() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.SUM, false, -1, 1));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(null, "1.25", null, null, null));
        a.accumulate(acc, input(null, "2.50", null, null, null));
        a.retract(acc, input(null, "1.25", null, null, null));
        assertThat(results(a, acc)).containsExactly(new BigDecimal("2.50"));
        assertThat(a.resultType().type(0).typeName()).isEqualTo("DECIMAL(38, 2)");
    }

    @Test
    void avgOfIntTruncatesToAnInt() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.AVG, false, -1, 0));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(1, null, null, null, null));
        a.accumulate(acc, input(2, null, null, null, null));
        a.accumulate(acc, input(null, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(1L);
        a.retract(acc, input(1, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(2L);
        assertThat(a.resultType().type(0).root()).isEqualTo(TypeRoot.INTEGER);
    }

    @Test
    void avgOfDecimalHasAtLeastSixFractionDigits() {
        Aggregator a = create(ChangelogMode.INSERT_ONLY, call(SqlStdOperatorTable.AVG, false, -1, 1));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(null, "1.00", null, null, null));
        a.accumulate(acc, input(null, "2.00", null, null, null));
        a.accumulate(acc, input(null, "2.00", null, null, null));
        assertThat(results(a, acc)).containsExactly(new BigDecimal("1.666667"));
        assertThat(a.resultType().type(0).typeName()).isEqualTo("DECIMAL(38, 6)");
    }

    @Test
    void avgOfDoubleDividesInDoubles() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.AVG, false, -1, 4));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(null, null, null, null, 1.0));
        a.accumulate(acc, input(null, null, null, null, 2.0));
        assertThat(results(a, acc)).containsExactly(1.5);
    }

    @Test
    void minAndMaxWithRetractionFallBackToTheNextValue() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.MIN, false, -1, 0),
                call(SqlStdOperatorTable.MAX, false, -1, 2));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(3, null, "b", null, null));
        a.accumulate(acc, input(1, null, "c", null, null));
        a.accumulate(acc, input(1, null, "a", null, null));
        a.retract(acc, input(1, null, "c", null, null));
        assertThat(results(a, acc)).containsExactly(1L, "b");
        a.retract(acc, input(1, null, "a", null, null));
        assertThat(results(a, acc)).containsExactly(3L, "b");
        a.retract(acc, input(3, null, "b", null, null));
        assertThat(results(a, acc)).containsExactly(null, null);
    }

    @Test
    void minAndMaxOverAnInsertOnlyInputKeepOnlyTheExtremeValue() {
        Aggregator a = create(ChangelogMode.INSERT_ONLY, call(SqlStdOperatorTable.MIN, false, -1, 4),
                call(SqlStdOperatorTable.MAX, false, -1, 1));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(null, "2.50", null, null, -1.5));
        a.accumulate(acc, input(null, "10.00", null, null, 2.0));
        a.accumulate(acc, input(null, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(-1.5, new BigDecimal("10.00"));
        assertThat(a.canRetract()).isFalse();
        assertThat(a.accumulatorType().arity()).isEqualTo(3);
    }

    @Test
    void firstAndLastValueIgnoreNullsAndRetractTheirValue() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.FIRST_VALUE, false, -1, 2),
                call(SqlStdOperatorTable.LAST_VALUE, false, -1, 2));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(null, null, null, null, null));
        a.accumulate(acc, input(null, null, "a", null, null));
        a.accumulate(acc, input(null, null, "b", null, null));
        a.accumulate(acc, input(null, null, "c", null, null));
        assertThat(results(a, acc)).containsExactly("a", "c");
        a.retract(acc, input(null, null, "a", null, null));
        a.retract(acc, input(null, null, "c", null, null));
        assertThat(results(a, acc)).containsExactly("b", "b");
    }

    @Test
    void firstAndLastValueOverAnInsertOnlyInputKeepArrivalOrder() {
        Aggregator a = create(ChangelogMode.INSERT_ONLY, call(SqlStdOperatorTable.FIRST_VALUE, false, -1, 0),
                call(SqlStdOperatorTable.LAST_VALUE, false, -1, 0));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(4, null, null, null, null));
        a.accumulate(acc, input(9, null, null, null, null));
        a.accumulate(acc, input(null, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(4L, 9L);
    }

    @Test
    void countDistinctCountsEachValueOnceUntilItsLastOccurrenceIsRetracted() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.COUNT, true, -1, 2),
                call(SqlStdOperatorTable.SUM, true, -1, 0));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(2, null, "a", null, null));
        a.accumulate(acc, input(2, null, "a", null, null));
        a.accumulate(acc, input(3, null, "b", null, null));
        a.accumulate(acc, input(null, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(2L, 5L);
        a.retract(acc, input(2, null, "a", null, null));
        assertThat(results(a, acc)).containsExactly(2L, 5L);
        a.retract(acc, input(2, null, "a", null, null));
        assertThat(results(a, acc)).containsExactly(1L, 3L);
    }

    @Test
    void accumulatorsWhoseStructuresWereEncodedForASnapshotGoOnFromTheDecodedBytes() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.COUNT, true, -1, 2),
                call(SqlStdOperatorTable.COUNT, true, -1, 0, 1), call(SqlStdOperatorTable.MIN, false, -1, 1),
                call(SqlStdOperatorTable.MAX, false, -1, 4), call(SqlStdOperatorTable.LAST_VALUE, false, -1, 2));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(1, "2.50", "a", null, 1.5));
        a.accumulate(acc, input(1, "2.50", "é", null, -3.0));
        a.accumulate(acc, input(2, "0.10", "a", null, 7.0));
        int encoded = 0;
        for (int i = 0; i < acc.arity(); i++) {
            if (acc.getObject(i) instanceof EncodableValue) {
                acc.setObject(i, ((EncodableValue) acc.getObject(i)).encode());
                encoded++;
            }
        }
        assertThat(encoded).isEqualTo(5);
        a.retract(acc, input(2, "0.10", "a", null, 7.0));
        assertThat(results(a, acc)).containsExactly(2L, 1L, new BigDecimal("2.50"), 1.5, "a");
        a.accumulate(acc, input(3, "0.20", "c", null, 9.0));
        assertThat(results(a, acc)).containsExactly(3L, 2L, new BigDecimal("0.20"), 9.0, "c");
    }

    @Test
    void aFilterLetsOnlyRowsWhoseConditionIsTrueIntoItsFunction() {
        Aggregator a = create(ChangelogMode.RETRACT, call(SqlStdOperatorTable.COUNT, false, 3),
                call(SqlStdOperatorTable.SUM, false, 3, 0), call(SqlStdOperatorTable.COUNT, false, -1));
        Row acc = newAccumulator(a);
        a.accumulate(acc, input(1, null, null, true, null));
        a.accumulate(acc, input(2, null, null, false, null));
        a.accumulate(acc, input(4, null, null, null, null));
        assertThat(results(a, acc)).containsExactly(1L, 1L, 3L);
        a.retract(acc, input(1, null, null, true, null));
        assertThat(results(a, acc)).containsExactly(0L, null, 2L);
    }

    @Test
    void mergeAddsAnotherAccumulatorAsIfItsRowsHadBeenAccumulated() {
        Aggregator a = create(ChangelogMode.INSERT_ONLY, call(SqlStdOperatorTable.COUNT, true, -1, 0),
                call(SqlStdOperatorTable.SUM, false, -1, 0), call(SqlStdOperatorTable.MAX, false, -1, 0),
                call(SqlStdOperatorTable.LAST_VALUE, false, -1, 0));
        Row left = newAccumulator(a);
        Row right = newAccumulator(a);
        a.accumulate(left, input(1, null, null, null, null));
        a.accumulate(left, input(5, null, null, null, null));
        a.accumulate(right, input(5, null, null, null, null));
        a.accumulate(right, input(2, null, null, null, null));
        a.merge(left, right);
        assertThat(results(a, left)).containsExactly(3L, 13L, 5L, 2L);
        assertThat(a.rowCount(left)).isEqualTo(4);
    }
}
