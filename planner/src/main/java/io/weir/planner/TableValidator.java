package io.weir.planner;

import io.weir.parser.statement.CreateTable;
import io.weir.runtime.WeirException;
import io.weir.runtime.connector.ConnectorFactory;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;

/** Checks a CREATE TABLE before it is stored: names, types, computed columns, watermark, key and connector. */
final class TableValidator {
    private final SqlFrontend frontend;

    TableValidator(SqlFrontend frontend) {
        this.frontend = frontend;
    }

    void validate(CreateTable table) {
        String name = table.name().simpleName();
        Set<String> seen = new HashSet<>();
        List<String> names = new ArrayList<>();
        for (CreateTable.Column column : table.columns()) {
            if (!seen.add(column.name().toLowerCase(Locale.ROOT))) {
                throw PlannerErrors.duplicateColumn(column.span(), name, column.name());
            }
            names.add(column.name());
        }
        RowType physical = frontend.physicalType(table);
        for (String key : table.primaryKey()) {
            if (physical.indexOf(key) < 0) {
                if (names.stream().anyMatch(n -> n.equalsIgnoreCase(key))) {
                    throw PlannerErrors.computedPrimaryKeyColumn(table.span(), key);
                }
                throw PlannerErrors.unknownPrimaryKeyColumn(table.span(), key, names);
            }
        }
        try {
            ConnectorFactory factory = frontend.connectors().validate(name, table.options(), physical);
            factory.identifier();
        } catch (WeirException e) {
            throw PlannerErrors.badConnector(table.span(), name, e);
        }
        RelOptCluster cluster = frontend.newCluster();
        RelDataType rowType = computedRowType(table, cluster);
        table.watermark().ifPresent(w -> validateWatermark(table, w, rowType, cluster));
    }

    private RelDataType computedRowType(CreateTable table, RelOptCluster cluster) {
        List<CreateTable.ComputedColumn> computed = new ArrayList<>();
        for (CreateTable.Column column : table.columns()) {
            if (column instanceof CreateTable.ComputedColumn) {
                computed.add((CreateTable.ComputedColumn) column);
            }
        }
        RowType physical = frontend.physicalType(table);
        RelDataType physicalType = io.weir.planner.catalog.TypeMapping.toRelType(physical, frontend.typeFactory());
        List<RexNode> expressions = computed.isEmpty() ? List.of() : frontend.convertExpressions(table.name().simpleName(),
                physicalType, computed.stream().map(CreateTable.ComputedColumn::expression).toList(),
                computed.stream().map(CreateTable.ComputedColumn::name).toList(), cluster);
        List<RelDataType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int p = 0;
        int c = 0;
        for (CreateTable.Column column : table.columns()) {
            names.add(column.name());
            types.add(column instanceof CreateTable.PhysicalColumn ? physicalType.getFieldList().get(p++).getType()
                    : expressions.get(c++).getType());
        }
        return frontend.typeFactory().createStructType(types, names);
    }

    private void validateWatermark(CreateTable table, CreateTable.Watermark watermark, RelDataType rowType,
            RelOptCluster cluster) {
        RelDataTypeField field = null;
        for (RelDataTypeField f : rowType.getFieldList()) {
            if (f.getName().equalsIgnoreCase(watermark.column())) {
                field = f;
            }
        }
        if (field == null) {
            throw PlannerErrors.unknownWatermarkColumn(watermark.span(), watermark.column(), rowType.getFieldNames());
        }
        if (!isRowtimeType(field.getType())) {
            throw PlannerErrors.badWatermarkColumnType(watermark.span(), watermark.column(),
                    PlannerErrors.flinkTypes(field.getType().getFullTypeString()));
        }
        RexNode expression = frontend.convertExpressions(table.name().simpleName(), rowType,
                List.of(watermark.expression()), List.of("watermark"), cluster).get(0);
        if (!isRowtimeType(expression.getType())) {
            throw PlannerErrors.badWatermarkExpressionType(watermark.span(),
                    PlannerErrors.flinkTypes(expression.getType().getFullTypeString()));
        }
    }

    private static boolean isRowtimeType(RelDataType type) {
        return (type.getSqlTypeName() == SqlTypeName.TIMESTAMP
                || type.getSqlTypeName() == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE) && type.getPrecision() == 3;
    }
}
