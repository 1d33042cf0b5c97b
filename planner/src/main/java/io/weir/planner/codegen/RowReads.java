package io.weir.planner.codegen;

import java.math.BigDecimal;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.rel.type.RelDataType;

/** Generated expressions that read a field of a {@link io.weir.runtime.row.Row} as Calcite's Java type for its SQL type. */
final class RowReads {
    private RowReads() {
    }

    /** An expression reading field {@code index} of {@code in} in Calcite's Java type for {@code type}. */
    static Expression read(Expression in, int index, RelDataType type) {
        Expression i = Expressions.constant(index);
        Expression value;
        switch (type.getSqlTypeName()) {
            case BOOLEAN:
                value = Expressions.call(in, "getBoolean", i);
                break;
            case TINYINT:
                value = Expressions.convert_(Expressions.call(in, "getLong", i), byte.class);
                break;
            case SMALLINT:
                value = Expressions.convert_(Expressions.call(in, "getLong", i), short.class);
                break;
            case INTEGER:
            case DATE:
            case TIME:
                value = Expressions.call(in, "getInt", i);
                break;
            case BIGINT:
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                value = Expressions.call(in, "getLong", i);
                break;
            case FLOAT:
            case REAL:
                value = Expressions.call(in, "getFloat", i);
                break;
            case DOUBLE:
                value = Expressions.call(in, "getDouble", i);
                break;
            case DECIMAL:
                return Expressions.convert_(Expressions.call(in, "getObject", i), BigDecimal.class);
            case CHAR:
            case VARCHAR:
                return Expressions.call(in, "getString", i);
            case BINARY:
            case VARBINARY:
                return Expressions.condition(Expressions.call(in, "isNullAt", i), Expressions.constant(null, ByteString.class),
                        Expressions.new_(ByteString.class, Expressions.convert_(Expressions.call(in, "getObject", i), byte[].class)));
            default:
                return Expressions.call(in, "getObject", i);
        }
        if (!type.isNullable()) {
            return value;
        }
        Class<?> boxed = Primitive.box(value.getType()) instanceof Class ? (Class<?>) Primitive.box(value.getType()) : Object.class;
        return Expressions.condition(Expressions.call(in, "isNullAt", i), Expressions.constant(null, boxed),
                Expressions.box(value));
    }
}
