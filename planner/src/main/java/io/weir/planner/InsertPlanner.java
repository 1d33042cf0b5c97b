package io.weir.planner;

import io.weir.parser.statement.CreateTable;
import io.weir.parser.statement.Insert;
import io.weir.planner.catalog.SystemTables;
import io.weir.planner.catalog.TypeMapping;
import io.weir.planner.changelog.UpdateOrigin;
import io.weir.planner.rel.WeirSink;
import io.weir.runtime.WeirException;
import io.weir.runtime.connector.ConnectorFactory;
import io.weir.runtime.connector.SinkFactory;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Converts an INSERT: the query's columns are matched to the target's physical columns (by the column list or by
 * position), cast where Flink casts implicitly, and written by the target's sink.
 */
final class InsertPlanner {
    private final SqlFrontend frontend;

    InsertPlanner(SqlFrontend frontend) {
        this.frontend = frontend;
    }

    RelNode convert(Insert insert, RelOptCluster cluster) {
        String targetName = insert.target().simpleName();
        List<String> parts = insert.target().parts();
        if (parts.size() >= 2 && parts.get(parts.size() - 2).equalsIgnoreCase(SystemTables.SCHEMA)) {
            throw PlannerErrors.systemTableReadOnly(insert.span(), targetName);
        }
        if (insert.overwrite()) {
            throw PlannerErrors.insertOverwrite(insert.span());
        }
        Optional<CreateTable> found = frontend.catalog().table(targetName);
        if (found.isEmpty()) {
            if (frontend.catalog().view(targetName).isPresent()) {
                throw PlannerErrors.insertIntoView(insert.span(), targetName);
            }
            throw PlannerErrors.unknownTable(insert.span(), targetName, frontend.catalog().tableNames());
        }
        CreateTable target = found.get();
        String table = target.name().simpleName();
        RowType physical = frontend.physicalType(target);
        SinkFactory factory = sinkFactory(insert, target, physical);

        SqlFrontend.Validated validated = frontend.validateQuery(insert.query());
        RelNode query = frontend.convert(validated, cluster);
        List<Integer> targetColumns = targetColumns(insert, target, physical);
        int queryColumns = query.getRowType().getFieldCount();
        if (targetColumns.size() != queryColumns) {
            throw PlannerErrors.insertColumnCount(insert.span(), table, targetColumns.size(), queryColumns);
        }
        RexBuilder rexBuilder = cluster.getRexBuilder();
        List<RexNode> projects = new ArrayList<>();
        for (int c = 0; c < physical.arity(); c++) {
            RelDataType columnType = TypeMapping.toRelType(physical.type(c), cluster.getTypeFactory());
            int position = targetColumns.indexOf(c);
            if (position < 0) {
                if (!columnType.isNullable()) {
                    throw PlannerErrors.insertMissingNotNull(insert.span(), table, physical.name(c));
                }
                projects.add(rexBuilder.makeNullLiteral(columnType));
                continue;
            }
            RexNode value = rexBuilder.makeInputRef(query, position);
            RelDataType valueType = value.getType();
            if (!castsImplicitly(valueType, columnType)) {
                throw PlannerErrors.insertColumnType(insert.span(), table, physical.name(c),
                        PlannerErrors.flinkTypes(valueType.getFullTypeString()).replace(" NOT NULL", ""),
                        physical.type(c).typeName());
            }
            RelDataType castType = cluster.getTypeFactory().createTypeWithNullability(columnType, valueType.isNullable());
            projects.add(SqlTypeUtil.equalSansNullability(cluster.getTypeFactory(), valueType, columnType)
                    ? value : rexBuilder.makeCast(castType, value));
        }
        RelNode project = LogicalProject.create(query, List.of(), projects, physical.names(), java.util.Set.of());
        List<Integer> primaryKey = new ArrayList<>();
        for (String column : target.primaryKey()) {
            primaryKey.add(physical.indexOf(column));
        }
        return new WeirSink(cluster, cluster.traitSet(), project, table, physical, target.options(),
                factory.identifier(), factory, UpdateOrigin.find(insert.query()), primaryKey);
    }

    private SinkFactory sinkFactory(Insert insert, CreateTable target, RowType physical) {
        String table = target.name().simpleName();
        ConnectorFactory factory;
        try {
            factory = frontend.connectors().validate(table, target.options(), physical);
        } catch (WeirException e) {
            throw PlannerErrors.badConnector(insert.span(), table, e);
        }
        if (!(factory instanceof SinkFactory)) {
            throw PlannerErrors.notASink(insert.span(), table, factory.identifier());
        }
        return (SinkFactory) factory;
    }

    private static List<Integer> targetColumns(Insert insert, CreateTable target, RowType physical) {
        List<Integer> columns = new ArrayList<>();
        if (insert.columnNames().isEmpty()) {
            for (int i = 0; i < physical.arity(); i++) {
                columns.add(i);
            }
            return columns;
        }
        for (String name : insert.columnNames()) {
            int index = physical.indexOf(name);
            if (index < 0) {
                boolean computed = target.columns().stream().anyMatch(c -> c.name().equalsIgnoreCase(name));
                if (computed) {
                    throw PlannerErrors.insertComputedColumn(insert.span(), target.name().simpleName(), name);
                }
                throw PlannerErrors.unknownColumn(insert.span(), name, target.name().simpleName(), physical.names());
            }
            columns.add(index);
        }
        return columns;
    }

    /** Flink's implicit casts on INSERT: widening numbers, any string or binary length, any timestamp precision. */
    static boolean castsImplicitly(RelDataType from, RelDataType to) {
        SqlTypeName f = from.getSqlTypeName();
        SqlTypeName t = to.getSqlTypeName();
        if (f == SqlTypeName.NULL || f == t) {
            return true;
        }
        if (SqlTypeUtil.isNumeric(from) && SqlTypeUtil.isNumeric(to)) {
            return rank(f) <= rank(t) || t == SqlTypeName.DECIMAL && SqlTypeUtil.isExactNumeric(from);
        }
        if (SqlTypeFamily.CHARACTER.contains(from) && SqlTypeFamily.CHARACTER.contains(to)) {
            return true;
        }
        return SqlTypeFamily.BINARY.contains(from) && SqlTypeFamily.BINARY.contains(to);
    }

    private static int rank(SqlTypeName type) {
        switch (type) {
            case TINYINT:
                return 1;
            case SMALLINT:
                return 2;
            case INTEGER:
                return 3;
            case BIGINT:
                return 4;
            case DECIMAL:
                return 5;
            case FLOAT:
            case REAL:
                return 6;
            default:
                return 7;
        }
    }
}
