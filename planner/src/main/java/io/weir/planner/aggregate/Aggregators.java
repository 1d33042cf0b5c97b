package io.weir.planner.aggregate;

import io.weir.parser.SourceSpan;
import io.weir.planner.PlannerErrors;
import io.weir.planner.catalog.TypeMapping;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.runtime.type.DataType;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlKind;

/**
 * Builds the {@link Aggregator} of an aggregation's calls: COUNT, SUM, AVG, MIN, MAX, FIRST_VALUE and LAST_VALUE,
 * each optionally DISTINCT and with a FILTER, with Flink's result types (as Weir's type system derives them).
 */
public final class Aggregators {
    private Aggregators() {
    }

    /**
     * The aggregator of {@code calls} over rows of {@code inputType}.
     *
     * @param inputMode the changes the input carries: an insert-only input gets the cheaper functions that cannot
     *     retract, an updating one those that can
     * @throws io.weir.planner.ValidationException for an aggregate function Weir does not support
     */
    public static Aggregator create(List<AggregateCall> calls, RelDataType inputType, ChangelogMode inputMode) {
        List<AggregateFunction> functions = new ArrayList<>();
        List<Integer> filters = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            AggregateCall call = calls.get(i);
            functions.add(function(call, inputType, inputMode));
            filters.add(call.filterArg);
            names.add(call.getName() != null ? call.getName() : "agg" + i);
        }
        return new FunctionListAggregator(functions, filters, names);
    }

    private static AggregateFunction function(AggregateCall call, RelDataType inputType, ChangelogMode inputMode) {
        List<Integer> args = call.getArgList();
        int[] arguments = args.stream().mapToInt(Integer::intValue).toArray();
        List<DataType> argumentTypes = new ArrayList<>();
        for (int arg : arguments) {
            argumentTypes.add(TypeMapping.toDataType(inputType.getFieldList().get(arg).getType()));
        }
        DataType resultType = TypeMapping.toDataType(call.getType());
        boolean retracting = !inputMode.isInsertOnly();
        String name = call.getAggregation().getName();
        AggregateFunction f;
        switch (call.getAggregation().getKind()) {
            case COUNT:
                f = call.isDistinct() ? new CountFunction(new int[0]) : new CountFunction(arguments);
                break;
            case SUM:
            case SUM0:
                f = SumFunction.sum(arguments[0], argumentTypes.get(0), resultType);
                break;
            case AVG:
                f = SumFunction.average(arguments[0], argumentTypes.get(0), resultType);
                break;
            case MIN:
            case MAX:
                Extremum extremum = call.getAggregation().getKind() == SqlKind.MIN
                        ? Extremum.LOWEST : Extremum.HIGHEST;
                f = retracting
                        ? new MinMaxWithRetractFunction(arguments[0], argumentTypes.get(0), extremum)
                        : new MinMaxFunction(arguments[0], argumentTypes.get(0), extremum);
                break;
            case FIRST_VALUE:
            case LAST_VALUE:
                Extremum end = call.getAggregation().getKind() == SqlKind.FIRST_VALUE
                        ? Extremum.LOWEST : Extremum.HIGHEST;
                f = retracting
                        ? new FirstLastValueWithRetractFunction(arguments[0], argumentTypes.get(0), end)
                        : new FirstLastValueFunction(arguments[0], argumentTypes.get(0), end);
                break;
            default:
                throw PlannerErrors.unsupported(SourceSpan.UNKNOWN, "The aggregate function " + name + " is");
        }
        // DISTINCT changes neither MIN/MAX nor, as Flink treats it, FIRST_VALUE/LAST_VALUE.
        if (call.isDistinct() && f instanceof CountFunction || call.isDistinct() && f instanceof SumFunction) {
            return new DistinctFunction(f, arguments, argumentTypes, inputType.getFieldCount());
        }
        return f;
    }
}
