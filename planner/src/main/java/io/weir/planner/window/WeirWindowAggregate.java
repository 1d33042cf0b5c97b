package io.weir.planner.window;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A window aggregation: groups its input by the key fields and by the windows each row falls in, and emits, once a
 * window closes, its key fields, the aggregate results, {@code window_start}, {@code window_end} and
 * {@code window_time}. Insert-only.
 */
public final class WeirWindowAggregate extends SingleRel {
    private final WindowSpec window;
    private final List<Integer> keys;
    private final List<AggregateCall> aggregateCalls;
    private final List<RelDataType> windowTypes;

    public WeirWindowAggregate(RelOptCluster cluster, RelTraitSet traits, RelNode input, WindowSpec window,
            List<Integer> keys, List<AggregateCall> aggregateCalls, List<RelDataType> windowTypes) {
        super(cluster, traits, input);
        this.window = window;
        this.keys = List.copyOf(keys);
        this.aggregateCalls = List.copyOf(aggregateCalls);
        this.windowTypes = List.copyOf(windowTypes);
    }

    public WindowSpec window() {
        return window;
    }

    /** The key fields, indexes into the input row. */
    public List<Integer> keys() {
        return keys;
    }

    public List<AggregateCall> aggregateCalls() {
        return aggregateCalls;
    }

    @Override
    protected RelDataType deriveRowType() {
        List<RelDataType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        RelDataType input = getInput().getRowType();
        for (int key : keys) {
            names.add(input.getFieldNames().get(key));
            types.add(input.getFieldList().get(key).getType());
        }
        for (int i = 0; i < aggregateCalls.size(); i++) {
            AggregateCall call = aggregateCalls.get(i);
            names.add(call.getName() == null ? "EXPR$" + i : call.getName());
            types.add(call.getType());
        }
        names.add(WindowTableFunction.WINDOW_START);
        names.add(WindowTableFunction.WINDOW_END);
        names.add(WindowTableFunction.WINDOW_TIME);
        types.addAll(windowTypes);
        return getCluster().getTypeFactory().createStructType(types, uniquify(names));
    }

    private static List<String> uniquify(List<String> names) {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            String unique = name;
            for (int i = 0; result.contains(unique); i++) {
                unique = name + i;
            }
            result.add(unique);
        }
        return result;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new WeirWindowAggregate(getCluster(), traitSet, sole(inputs), window, keys, aggregateCalls, windowTypes);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        List<String> keyNames = new ArrayList<>();
        for (int key : keys) {
            keyNames.add(getInput().getRowType().getFieldNames().get(key));
        }
        return super.explainTerms(pw)
                .item("window", window)
                .item("groupBy", keyNames)
                .item("aggregates", aggregateCalls);
    }
}
