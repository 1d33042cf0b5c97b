package io.weir.planner.rel;

import io.weir.planner.changelog.UpdateOrigin;
import io.weir.planner.catalog.Catalog;
import io.weir.runtime.connector.SinkFactory;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Map;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;

/** The end of an INSERT: its input's rows, already of the target's physical columns, written by the table's sink. */
public final class WeirSink extends SingleRel {
    private final String tableName;
    private final RowType physicalType;
    private final Map<String, String> options;
    private final String connector;
    private final SinkFactory factory;
    private final UpdateOrigin updateOrigin;
    private final List<Integer> primaryKey;

    /**
     * @param updateOrigin what in the INSERT's query produces updates, to name it in errors; null if nothing does
     * @param primaryKey the table's PRIMARY KEY as indexes of its physical columns; empty if it declares none
     */
    public WeirSink(RelOptCluster cluster, RelTraitSet traits, RelNode input, String tableName, RowType physicalType,
            Map<String, String> options, String connector, SinkFactory factory, UpdateOrigin updateOrigin,
            List<Integer> primaryKey) {
        super(cluster, traits, input);
        this.primaryKey = List.copyOf(primaryKey);
        this.tableName = tableName;
        this.physicalType = physicalType;
        this.options = Map.copyOf(options);
        this.connector = connector;
        this.factory = factory;
        this.updateOrigin = updateOrigin;
    }

    /** What in the query produces updates, or null. */
    public UpdateOrigin updateOrigin() {
        return updateOrigin;
    }

    /** The table's PRIMARY KEY as indexes of its physical columns; empty if it declares none. */
    public List<Integer> primaryKey() {
        return primaryKey;
    }

    public String tableName() {
        return tableName;
    }

    public RowType physicalType() {
        return physicalType;
    }

    public Map<String, String> options() {
        return options;
    }

    public String connector() {
        return connector;
    }

    public SinkFactory factory() {
        return factory;
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new WeirSink(getCluster(), traitSet, sole(inputs), tableName, physicalType, options, connector, factory, updateOrigin,
                primaryKey);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw)
                .item("table", List.of(Catalog.DEFAULT_CATALOG, Catalog.DEFAULT_DATABASE, tableName))
                .item("fields", String.join(", ", getRowType().getFieldNames()));
    }
}
