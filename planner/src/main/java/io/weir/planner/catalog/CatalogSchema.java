package io.weir.planner.catalog;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.CreateView;
import java.util.Map;
import java.util.Optional;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelProtoDataType;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's view of {@code default_catalog.default_database}: every table and view of the {@link Catalog},
 * looked up when a query names it, plus the {@code STRING} and {@code BYTES} type aliases.
 */
public final class CatalogSchema extends AbstractSchema {
    private final Catalog catalog;
    private final TableResolver resolver;

    public CatalogSchema(Catalog catalog, TableResolver resolver) {
        this.catalog = catalog;
        this.resolver = resolver;
    }

    @Override
    protected Map<String, RelProtoDataType> getTypeMap() {
        return Map.of(
                "STRING", f -> f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARCHAR, Integer.MAX_VALUE), true),
                "BYTES", f -> f.createTypeWithNullability(f.createSqlType(SqlTypeName.VARBINARY, Integer.MAX_VALUE), true));
    }

    @Override
    public Lookup<Table> tables() {
        return new TableLookup(this::find, () -> catalog.tableNames());
    }

    private Optional<Named<Table>> find(String name) {
        Optional<CreateTable> table = catalog.table(name);
        if (table.isPresent()) {
            String stored = table.get().name().simpleName();
            return Optional.of(new Named<>(stored, new CatalogTable(table.get())));
        }
        Optional<CreateView> view = catalog.view(name);
        if (view.isPresent()) {
            String stored = view.get().name().simpleName();
            return Optional.of(new Named<>(stored, new CatalogView(view.get())));
        }
        return Optional.empty();
    }

    /** A catalog table: its scan expands computed columns over the physical scan. */
    private final class CatalogTable extends AbstractTable implements TranslatableTable {
        private final CreateTable definition;

        CatalogTable(CreateTable definition) {
            this.definition = definition;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory typeFactory) {
            return resolver.tableRowType(definition);
        }

        @Override
        public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
            return resolver.tableScan(definition, context.getCluster());
        }
    }

    /** A view: its scan is its stored query. */
    private final class CatalogView extends AbstractTable implements TranslatableTable {
        private final CreateView definition;

        CatalogView(CreateView definition) {
            this.definition = definition;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory typeFactory) {
            return resolver.viewRowType(definition);
        }

        @Override
        public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
            return resolver.expandView(definition, context.getCluster());
        }
    }
}
