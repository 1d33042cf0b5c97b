package io.weir.planner.rel;

import io.weir.planner.catalog.Catalog;
import io.weir.planner.catalog.SystemTables;
import io.weir.planner.catalog.TypeMapping;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;

/**
 * A scan of a catalog table's physical columns by its connector's source: the columns it reads (the projection,
 * pushed into the source) and, when the source can filter, the condition pushed into it.
 */
public final class WeirTableScan extends AbstractRelNode {
    private final ScannedTable table;
    private final List<Integer> projection;
    private final RexNode filter;
    private final RexNode watermark;

    public WeirTableScan(RelOptCluster cluster, RelTraitSet traits, ScannedTable table, List<Integer> projection, RexNode filter) {
        this(cluster, traits, table, projection, filter, null);
    }

    public WeirTableScan(RelOptCluster cluster, RelTraitSet traits, ScannedTable table, List<Integer> projection, RexNode filter,
            RexNode watermark) {
        super(cluster, traits);
        this.table = table;
        this.projection = List.copyOf(projection);
        this.filter = filter;
        this.watermark = watermark;
    }

    /** A scan of every physical column. */
    public static WeirTableScan of(RelOptCluster cluster, ScannedTable table) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < table.physicalType().arity(); i++) {
            all.add(i);
        }
        return new WeirTableScan(cluster, cluster.traitSet(), table, all, null);
    }

    public ScannedTable table() {
        return table;
    }

    public List<Integer> projection() {
        return projection;
    }

    /** The condition pushed into the source, over the projected columns; null if none. */
    public RexNode filter() {
        return filter;
    }

    /**
     * The table's watermark expression ({@code WATERMARK FOR ts AS ...}, computed columns expanded) over the scanned
     * columns; null if the table has none.
     */
    public RexNode watermark() {
        return watermark;
    }

    /** The scan reading other columns; {@code newWatermark} is the watermark over them. */
    public WeirTableScan withProjection(List<Integer> newProjection, RexNode newWatermark) {
        return new WeirTableScan(getCluster(), getTraitSet(), table, newProjection, filter, newWatermark);
    }

    public WeirTableScan withFilter(RexNode condition) {
        return new WeirTableScan(getCluster(), getTraitSet(), table, projection, condition, watermark);
    }

    public WeirTableScan withWatermark(RexNode newWatermark) {
        return new WeirTableScan(getCluster(), getTraitSet(), table, projection, filter, newWatermark);
    }

    @Override
    protected RelDataType deriveRowType() {
        List<RelDataType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i : projection) {
            names.add(table.physicalType().name(i));
            types.add(TypeMapping.toRelType(table.physicalType().type(i), getCluster().getTypeFactory()));
        }
        return getCluster().getTypeFactory().createStructType(types, names);
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return new WeirTableScan(getCluster(), traitSet, table, projection, filter, watermark);
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw)
                .item("table", List.of(Catalog.DEFAULT_CATALOG, table.connector().equals(SystemTables.SCHEMA)
                        ? SystemTables.SCHEMA : Catalog.DEFAULT_DATABASE, table.name()))
                .item("fields", String.join(", ", getRowType().getFieldNames()))
                .itemIf("filter", filter, filter != null)
                .itemIf("watermark", watermark, watermark != null);
    }
}
