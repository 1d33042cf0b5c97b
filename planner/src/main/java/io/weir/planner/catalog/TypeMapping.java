package io.weir.planner.catalog;

import io.weir.parser.TypeSpec;
import io.weir.planner.PlannerErrors;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rel.type.StructKind;
import org.apache.calcite.sql.type.SqlTypeName;

/** Converts between DDL types ({@link TypeSpec}), Calcite's {@link RelDataType} and the runtime's {@link DataType}. */
public final class TypeMapping {
    private TypeMapping() {
    }

    /** Resolves a DDL type, checking its parameters as Flink does. */
    public static RelDataType toRelType(TypeSpec spec, RelDataTypeFactory factory) {
        RelDataType type = resolve(spec, factory);
        return factory.createTypeWithNullability(type, spec.nullable());
    }

    private static RelDataType resolve(TypeSpec spec, RelDataTypeFactory factory) {
        List<Integer> p = spec.parameters();
        switch (spec.name()) {
            case "BOOLEAN":
                return simple(spec, factory, SqlTypeName.BOOLEAN);
            case "TINYINT":
                return simple(spec, factory, SqlTypeName.TINYINT);
            case "SMALLINT":
                return simple(spec, factory, SqlTypeName.SMALLINT);
            case "INT":
            case "INTEGER":
                return simple(spec, factory, SqlTypeName.INTEGER);
            case "BIGINT":
                return simple(spec, factory, SqlTypeName.BIGINT);
            case "FLOAT":
                return simple(spec, factory, SqlTypeName.FLOAT);
            case "DOUBLE":
                return simple(spec, factory, SqlTypeName.DOUBLE);
            case "DATE":
                return simple(spec, factory, SqlTypeName.DATE);
            case "DECIMAL": {
                int precision = p.isEmpty() ? 10 : p.get(0);
                int scale = p.size() > 1 ? p.get(1) : 0;
                if (precision < 1 || precision > 38) {
                    throw PlannerErrors.badTypeParameter(spec, "DECIMAL precision must be between 1 and 38");
                }
                if (scale < 0 || scale > precision) {
                    throw PlannerErrors.badTypeParameter(spec, "DECIMAL scale must be between 0 and the precision " + precision);
                }
                return factory.createSqlType(SqlTypeName.DECIMAL, precision, scale);
            }
            case "CHAR":
                return length(spec, factory, SqlTypeName.CHAR, 1);
            case "VARCHAR":
                return length(spec, factory, SqlTypeName.VARCHAR, 1);
            case "STRING":
                return factory.createSqlType(SqlTypeName.VARCHAR, Integer.MAX_VALUE);
            case "BINARY":
                return length(spec, factory, SqlTypeName.BINARY, 1);
            case "VARBINARY":
                return length(spec, factory, SqlTypeName.VARBINARY, 1);
            case "BYTES":
                return factory.createSqlType(SqlTypeName.VARBINARY, Integer.MAX_VALUE);
            case "TIME":
                return factory.createSqlType(SqlTypeName.TIME, precision(spec, 0, 0, 9));
            case "TIMESTAMP":
                return factory.createSqlType(SqlTypeName.TIMESTAMP, precision(spec, 6, 0, 9));
            case "TIMESTAMP_LTZ":
                return factory.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, precision(spec, 6, 0, 9));
            case "ROW": {
                List<RelDataType> types = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (TypeSpec.Field field : spec.fields()) {
                    names.add(field.name());
                    types.add(toRelType(field.type(), factory));
                }
                return nestedRow(factory, types, names);
            }
            default:
                throw PlannerErrors.unknownType(spec);
        }
    }

    /**
     * The type of a ROW column: its fields may be named without the table ({@code meta.source}), as in Flink, and
     * {@code SELECT *} keeps the column whole.
     */
    private static RelDataType nestedRow(RelDataTypeFactory factory, List<RelDataType> types, List<String> names) {
        return factory.createStructType(StructKind.PEEK_FIELDS_NO_EXPAND, types, names);
    }

    private static RelDataType simple(TypeSpec spec, RelDataTypeFactory factory, SqlTypeName name) {
        if (!spec.parameters().isEmpty()) {
            throw PlannerErrors.badTypeParameter(spec, spec.name() + " takes no parameters");
        }
        return factory.createSqlType(name);
    }

    private static RelDataType length(TypeSpec spec, RelDataTypeFactory factory, SqlTypeName name, int defaultLength) {
        int length = spec.parameters().isEmpty() ? defaultLength : spec.parameters().get(0);
        if (length < 1 || spec.parameters().size() > 1) {
            throw PlannerErrors.badTypeParameter(spec, spec.name() + " length must be at least 1");
        }
        return factory.createSqlType(name, length);
    }

    private static int precision(TypeSpec spec, int defaultPrecision, int min, int max) {
        int precision = spec.parameters().isEmpty() ? defaultPrecision : spec.parameters().get(0);
        if (precision < min || precision > max || spec.parameters().size() > 1) {
            throw PlannerErrors.badTypeParameter(spec, spec.name() + " precision must be between " + min + " and " + max);
        }
        return precision;
    }

    /** The runtime type of a Calcite type. */
    public static DataType toDataType(RelDataType type) {
        boolean nullable = type.isNullable();
        int precision = type.getPrecision();
        switch (type.getSqlTypeName()) {
            case BOOLEAN:
                return DataType.of(TypeRoot.BOOLEAN).withNullable(nullable);
            case TINYINT:
                return DataType.of(TypeRoot.TINYINT).withNullable(nullable);
            case SMALLINT:
                return DataType.of(TypeRoot.SMALLINT).withNullable(nullable);
            case INTEGER:
                return DataType.of(TypeRoot.INTEGER).withNullable(nullable);
            case BIGINT:
                return DataType.of(TypeRoot.BIGINT).withNullable(nullable);
            case FLOAT:
            case REAL:
                return DataType.of(TypeRoot.FLOAT).withNullable(nullable);
            case DOUBLE:
                return DataType.of(TypeRoot.DOUBLE).withNullable(nullable);
            case DECIMAL:
                return DataType.decimal(precision, type.getScale()).withNullable(nullable);
            case CHAR:
                return DataType.of(TypeRoot.CHAR, precision).withNullable(nullable);
            case VARCHAR:
                return DataType.of(TypeRoot.VARCHAR, precision).withNullable(nullable);
            case BINARY:
                return DataType.of(TypeRoot.BINARY, precision).withNullable(nullable);
            case VARBINARY:
                return DataType.of(TypeRoot.VARBINARY, precision).withNullable(nullable);
            case DATE:
                return DataType.of(TypeRoot.DATE).withNullable(nullable);
            case TIME:
                return DataType.of(TypeRoot.TIME, precision).withNullable(nullable);
            case TIMESTAMP:
                return DataType.of(TypeRoot.TIMESTAMP, precision).withNullable(nullable);
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return DataType.of(TypeRoot.TIMESTAMP_LTZ, precision).withNullable(nullable);
            case NULL:
                return DataType.string();
            case ROW: {
                List<DataType.Field> fields = new ArrayList<>();
                for (RelDataTypeField f : type.getFieldList()) {
                    fields.add(new DataType.Field(f.getName(), toDataType(f.getType())));
                }
                return DataType.row(fields).withNullable(nullable);
            }
            default:
                throw new IllegalStateException("type " + type.getFullTypeString() + " has no runtime representation");
        }
    }

    public static RowType toRowType(RelDataType rowType) {
        List<DataType.Field> fields = new ArrayList<>();
        for (RelDataTypeField f : rowType.getFieldList()) {
            fields.add(new DataType.Field(f.getName(), toDataType(f.getType())));
        }
        return new RowType(fields);
    }

    /** The Calcite type of a runtime type. */
    public static RelDataType toRelType(DataType type, RelDataTypeFactory factory) {
        RelDataType rel;
        switch (type.root()) {
            case BOOLEAN:
                rel = factory.createSqlType(SqlTypeName.BOOLEAN);
                break;
            case TINYINT:
                rel = factory.createSqlType(SqlTypeName.TINYINT);
                break;
            case SMALLINT:
                rel = factory.createSqlType(SqlTypeName.SMALLINT);
                break;
            case INTEGER:
                rel = factory.createSqlType(SqlTypeName.INTEGER);
                break;
            case BIGINT:
                rel = factory.createSqlType(SqlTypeName.BIGINT);
                break;
            case FLOAT:
                rel = factory.createSqlType(SqlTypeName.FLOAT);
                break;
            case DOUBLE:
                rel = factory.createSqlType(SqlTypeName.DOUBLE);
                break;
            case DECIMAL:
                rel = factory.createSqlType(SqlTypeName.DECIMAL, type.precision(), type.scale());
                break;
            case CHAR:
                rel = factory.createSqlType(SqlTypeName.CHAR, type.precision());
                break;
            case VARCHAR:
                rel = factory.createSqlType(SqlTypeName.VARCHAR, type.precision());
                break;
            case BINARY:
                rel = factory.createSqlType(SqlTypeName.BINARY, type.precision());
                break;
            case VARBINARY:
                rel = factory.createSqlType(SqlTypeName.VARBINARY, type.precision());
                break;
            case DATE:
                rel = factory.createSqlType(SqlTypeName.DATE);
                break;
            case TIME:
                rel = factory.createSqlType(SqlTypeName.TIME, type.precision());
                break;
            case TIMESTAMP:
                rel = factory.createSqlType(SqlTypeName.TIMESTAMP, type.precision());
                break;
            case TIMESTAMP_LTZ:
                rel = factory.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, type.precision());
                break;
            case ROW: {
                List<RelDataType> types = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (DataType.Field f : type.fields()) {
                    names.add(f.name());
                    types.add(toRelType(f.type(), factory));
                }
                rel = nestedRow(factory, types, names);
                break;
            }
            default:
                throw new IllegalStateException("unknown type root " + type.root());
        }
        return factory.createTypeWithNullability(rel, type.nullable());
    }

    /** A runtime row type as a Calcite struct type. */
    public static RelDataType toRelType(RowType rowType, RelDataTypeFactory factory) {
        List<RelDataType> types = new ArrayList<>();
        for (DataType.Field f : rowType.fields()) {
            types.add(toRelType(f.type(), factory));
        }
        return factory.createStructType(types, rowType.names());
    }
}
