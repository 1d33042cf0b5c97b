package io.weir.planner.catalog;

import io.weir.planner.rel.ScannedTable;
import io.weir.planner.rel.WeirTableScan;
import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.SourceFactory;
import io.weir.runtime.source.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;

/** Calcite's view of the {@code weir_system} schema: each {@link SystemTable} as a table scanned by its own source. */
public final class SystemSchema extends AbstractSchema {
    private final SystemTables tables;

    public SystemSchema(SystemTables tables) {
        this.tables = tables;
    }

    @Override
    public Lookup<Table> tables() {
        return new TableLookup(this::find, () -> tables.names());
    }

    private Optional<Named<Table>> find(String name) {
        return tables.table(name).map(t -> new Named<>(t.name(), new ScannableSystemTable(t)));
    }

    /** The scan of a system table, as a connector scan whose source is the system table's. */
    static RelNode scan(SystemTable table, org.apache.calcite.plan.RelOptCluster cluster) {
        return WeirTableScan.of(cluster, new ScannedTable(table.name(), table.columns(), Map.of(), SystemTables.SCHEMA,
                new SystemSourceFactory(table)));
    }

    /** A system table Calcite can validate against and convert. */
    static final class ScannableSystemTable extends AbstractTable implements TranslatableTable {
        private final SystemTable table;

        ScannableSystemTable(SystemTable table) {
            this.table = table;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory typeFactory) {
            return TypeMapping.toRelType(table.columns(), typeFactory);
        }

        @Override
        public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
            return scan(table, context.getCluster());
        }
    }

    /** Hands a scan the system table's source; it takes no options. */
    private record SystemSourceFactory(SystemTable table) implements SourceFactory {
        @Override
        public String identifier() {
            return SystemTables.SCHEMA;
        }

        @Override
        public List<ConfigOption<?>> options() {
            return List.of();
        }

        @Override
        public Source createSource(ConnectorContext context) {
            return table.source(context.projection());
        }
    }
}
