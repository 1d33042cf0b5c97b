package io.weir.planner.translate;

import io.weir.planner.PlannerErrors;
import io.weir.planner.aggregate.GroupingSetsExpandOperator;
import io.weir.planner.catalog.TypeMapping;
import io.weir.planner.changelog.ChangelogMode;
import io.weir.planner.sort.Limit;
import io.weir.planner.sort.LimitOperator;
import io.weir.planner.sort.RowOrder;
import io.weir.planner.sort.SortKey;
import io.weir.planner.sort.SortOperator;
import io.weir.runtime.dataflow.Edge;
import io.weir.runtime.dataflow.Partitioning;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.DataType.Field;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;

/**
 * Translates a batch mode ORDER BY, LIMIT or OFFSET into one subtask after its input: the input's chain appends a
 * constant key, a HASH exchange on it gathers every row, and a keyed {@link SortOperator} (or, without ORDER BY, a
 * {@link LimitOperator}) heads the new vertex, whose rows reach the sink after it in order.
 */
final class SortTranslation {
    private final DataflowTranslator translator;

    SortTranslation(DataflowTranslator translator) {
        this.translator = translator;
    }

    DataflowTranslator.VertexBuilder translate(Sort sort, DataflowTranslator.VertexBuilder input) {
        RowType sortedType = input.outputType;
        int arity = sortedType.arity();
        List<SortKey> keys = keys(sort, sortedType);
        Limit limit = new Limit(count(sort.offset, 0), count(sort.fetch, Limit.ALL));
        if (keys.isEmpty() && limit.equals(Limit.NONE)) {
            return input;
        }
        OperatorSpec constantKey = new OperatorSpec("Expand", "key=[0]",
                () -> new GroupingSetsExpandOperator(List.of(List.of()), arity));
        input.chain.add(constantKey);
        translator.recordMode(constantKey, ChangelogMode.INSERT_ONLY);
        List<Field> fields = new ArrayList<>(sortedType.fields());
        fields.add(new Field("$e", DataType.of(TypeRoot.INTEGER).withNullable(false)));
        RowType keyedType = new RowType(fields);
        input.outputType = keyedType;

        String name = keys.isEmpty() ? "Limit" : "Sort";
        String description = describe(keys, limit, sortedType);
        DataflowTranslator.VertexBuilder v = translator.addVertex(name, 1,
                TypeMapping.toRowType(sort.getRowType()));
        translator.addEdge(new Edge(input.id, v.id, Partitioning.hash(List.of(arity))));
        OperatorSpec spec = keys.isEmpty()
                ? new OperatorSpec(name, description, () -> new LimitOperator(limit, arity + 1), List.of(arity))
                : new OperatorSpec(name, description, () -> new SortOperator(keys, keyedType, limit), List.of(arity));
        spec = spec.withUid(translator.stableUid(name, description, keyedType));
        v.chain.add(spec);
        translator.recordMode(spec, ChangelogMode.INSERT_ONLY);
        return v;
    }

    /** The collation's keys; NULLs sort as the least value (Flink's order) unless NULLS FIRST or LAST says. */
    private static List<SortKey> keys(Sort sort, RowType type) {
        List<SortKey> keys = new ArrayList<>();
        for (RelFieldCollation collation : sort.getCollation().getFieldCollations()) {
            int field = collation.getFieldIndex();
            DataType fieldType = type.type(field);
            if (!RowOrder.isOrderable(fieldType.root())) {
                throw PlannerErrors.unorderableSortKey(type.name(field), fieldType.typeName());
            }
            boolean descending = collation.getDirection().isDescending();
            boolean nullsFirst = collation.nullDirection == RelFieldCollation.NullDirection.UNSPECIFIED
                    ? !descending : collation.nullDirection == RelFieldCollation.NullDirection.FIRST;
            keys.add(new SortKey(field, descending, nullsFirst));
        }
        return keys;
    }

    private static long count(RexNode node, long absent) {
        if (node == null) {
            return absent;
        }
        if (!(node instanceof RexLiteral)) {
            throw new IllegalStateException("OFFSET and FETCH are literals after validation, not " + node);
        }
        return ((RexLiteral) node).getValueAs(Long.class);
    }

    private static String describe(List<SortKey> keys, Limit limit, RowType type) {
        StringBuilder b = new StringBuilder();
        if (!keys.isEmpty()) {
            List<String> named = new ArrayList<>();
            for (SortKey key : keys) {
                named.add(key.toString().replace("$" + key.field(), type.name(key.field())));
            }
            b.append("orderBy=[").append(String.join(", ", named)).append(']');
        }
        String cut = limit.toString();
        if (!cut.isEmpty()) {
            b.append(b.length() > 0 ? ", " : "").append(cut);
        }
        return b.toString();
    }
}
