package io.weir.planner.translate;

import io.weir.planner.RuntimeMode;
import io.weir.planner.aggregate.Aggregator;
import io.weir.planner.aggregate.FinalGroupAggregateOperator;
import io.weir.planner.aggregate.Aggregators;
import io.weir.planner.aggregate.GroupAggregateOperator;
import io.weir.planner.aggregate.GroupOutput;
import io.weir.planner.aggregate.GroupingSetsExpandOperator;
import io.weir.planner.catalog.TypeMapping;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.planner.changelog.UpdateKind;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.DataType.Field;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Translates a group aggregation (no window): a HASH exchange on the group key into a vertex whose first operator is
 * a keyed {@link GroupAggregateOperator}. Grouping sets, and an aggregation without GROUP BY, first expand each row
 * with a grouping set id that joins the key (a constant 0 for the one empty set, at parallelism 1).
 */
final class AggregateTranslation {
    private static final Pattern INPUT_REF = Pattern.compile("\\$(\\d+)");
    private final DataflowTranslator translator;

    AggregateTranslation(DataflowTranslator translator) {
        this.translator = translator;
    }

    DataflowTranslator.VertexBuilder translate(Aggregate aggregate, DataflowTranslator.VertexBuilder input,
            ChangelogMode inputMode) {
        RelDataType inputType = aggregate.getInput().getRowType();
        List<Integer> groupKeys = aggregate.getGroupSet().asList();
        List<AggregateCall> regular = new ArrayList<>();
        List<Integer> groupingCalls = new ArrayList<>();
        List<AggregateCall> calls = aggregate.getAggCallList();
        for (int i = 0; i < calls.size(); i++) {
            SqlKind kind = calls.get(i).getAggregation().getKind();
            if (kind == SqlKind.GROUPING || kind == SqlKind.GROUPING_ID) {
                groupingCalls.add(i);
            } else {
                regular.add(calls.get(i));
            }
        }
        Aggregators.create(regular, inputType, inputMode);
        boolean expand = aggregate.getGroupType() != Aggregate.Group.SIMPLE || groupKeys.isEmpty();
        List<Integer> keyFields = new ArrayList<>(groupKeys);
        GroupOutput layout = GroupOutput.plain(groupKeys.size());
        if (expand) {
            List<ImmutableBitSet> sets = aggregate.getGroupSets();
            List<List<Integer>> nulled = new ArrayList<>();
            List<List<Long>> groupingValues = new ArrayList<>();
            for (ImmutableBitSet set : sets) {
                nulled.add(aggregate.getGroupSet().except(set).asList());
                List<Long> values = new ArrayList<>();
                for (int call : groupingCalls) {
                    values.add(groupingValue(calls.get(call).getArgList(), set));
                }
                groupingValues.add(values);
            }
            int arity = inputType.getFieldCount();
            String description = sets.size() == 1 && sets.get(0).isEmpty() ? "key=[0]"
                    : "groupingSets=" + sets + ", id=$e";
            input.chain.add(new OperatorSpec("Expand", description,
                    () -> new GroupingSetsExpandOperator(nulled, arity)));
            translator.recordMode(input.chain.get(input.chain.size() - 1), inputMode);
            List<Field> fields = new ArrayList<>(input.outputType.fields());
            fields.add(new Field("$e", DataType.of(TypeRoot.INTEGER).withNullable(false)));
            input.outputType = new RowType(fields);
            keyFields.add(arity);
            layout = new GroupOutput(groupKeys.size(), groupingCalls, groupingValues);
        }
        int parallelism = groupKeys.isEmpty() ? 1 : translator.parallelism();
        DataflowTranslator.VertexBuilder v = translator.addVertex("GroupAggregate", parallelism,
                TypeMapping.toRowType(aggregate.getRowType()));
        translator.addEdge(new Edge(input.id, v.id, Partitioning.hash(keyFields)));
        GroupOutput output = layout;
        ChangelogMode mode = translator.modeOf(aggregate);
        UpdateKind updates = UpdateKind.of(mode);
        String description = describe(aggregate);
        OperatorSpec spec;
        if (translator.runtimeMode() == RuntimeMode.BATCH) {
            // Only the one empty grouping set of an aggregation without GROUP BY has a result for an empty input.
            Row emptyInputKey = groupKeys.isEmpty() && aggregate.getGroupSets().size() == 1 ? Row.of(0) : null;
            spec = new OperatorSpec("GroupAggregate", description,
                    () -> new FinalGroupAggregateOperator(Aggregators.create(regular, inputType, inputMode), output,
                            emptyInputKey), keyFields);
        } else {
            spec = new OperatorSpec("GroupAggregate", description,
                    () -> new GroupAggregateOperator(Aggregators.create(regular, inputType, inputMode), output, updates),
                    keyFields);
        }
        spec = spec.withUid(translator.stableUid("GroupAggregate", description, input.outputType));
        v.chain.add(spec);
        translator.recordMode(spec, mode);
        return v;
    }

    /** GROUPING(a, b, ...): a bit per argument, first argument highest, set where the argument is not grouped. */
    private static long groupingValue(List<Integer> arguments, ImmutableBitSet set) {
        long value = 0;
        for (int argument : arguments) {
            value = value << 1 | (set.get(argument) ? 0 : 1);
        }
        return value;
    }

    private static String describe(Aggregate aggregate) {
        RelDataType input = aggregate.getInput().getRowType();
        List<String> names = input.getFieldNames();
        List<String> keys = new ArrayList<>();
        for (int key : aggregate.getGroupSet()) {
            keys.add(names.get(key));
        }
        StringBuilder b = new StringBuilder("groupBy=").append(keys);
        if (aggregate.getGroupType() != Aggregate.Group.SIMPLE) {
            b.append(", groupingSets=").append(aggregate.getGroupSets());
        }
        List<String> select = new ArrayList<>(keys);
        List<String> outputNames = aggregate.getRowType().getFieldNames();
        for (int i = 0; i < aggregate.getAggCallList().size(); i++) {
            select.add(withNames(aggregate.getAggCallList().get(i).toString(), names) + " AS "
                    + outputNames.get(keys.size() + i));
        }
        return b.append(", select=[").append(String.join(", ", select)).append(']').toString();
    }

    private static String withNames(String text, List<String> names) {
        Matcher m = INPUT_REF.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(index < names.size() ? names.get(index) : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }
}
