package io.weir.checkpoint.internal.parquet;

import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.math.BigInteger;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Maps Weir's SQL types to the Parquet types that DuckDB, Spark and pandas read as the same SQL types: strings as
 * UTF-8 binaries, decimals as DECIMAL, dates and times with their logical types (milliseconds, as Weir stores them),
 * a nested ROW as a group; a nullable column is OPTIONAL, a NOT NULL one REQUIRED.
 */
public final class ParquetSchemas {
    /** The name of the message type of every state file; readers show only the column names. */
    static final String MESSAGE_NAME = "weir_row";

    private ParquetSchemas() {
    }

    /** The Parquet schema of rows of {@code rowType}, with the same column names in the same order. */
    public static MessageType messageType(RowType rowType) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (DataType.Field field : rowType.fields()) {
            builder.addField(type(field.name(), field.type()));
        }
        return builder.named(MESSAGE_NAME);
    }

    static GroupType groupType(String name, DataType rowType) {
        Types.GroupBuilder<GroupType> builder = Types.buildGroup(repetition(rowType));
        for (DataType.Field field : rowType.fields()) {
            builder.addField(type(field.name(), field.type()));
        }
        return builder.named(name);
    }

    private static Type type(String name, DataType type) {
        Type.Repetition repetition = repetition(type);
        switch (type.root()) {
            case BOOLEAN:
                return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
            case TINYINT:
                return Types.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.intType(8, true)).named(name);
            case SMALLINT:
                return Types.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.intType(16, true)).named(name);
            case INTEGER:
                return Types.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.intType(32, true)).named(name);
            case BIGINT:
                return Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.intType(64, true)).named(name);
            case FLOAT:
                return Types.primitive(PrimitiveTypeName.FLOAT, repetition).named(name);
            case DOUBLE:
                return Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(name);
            case DECIMAL:
                return decimal(name, type, repetition);
            case CHAR:
            case VARCHAR:
                return Types.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(name);
            case BINARY:
            case VARBINARY:
                return Types.primitive(PrimitiveTypeName.BINARY, repetition).named(name);
            case DATE:
                return Types.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.dateType()).named(name);
            case TIME:
                return Types.primitive(PrimitiveTypeName.INT32, repetition)
                        .as(LogicalTypeAnnotation.timeType(false, TimeUnit.MILLIS)).named(name);
            case TIMESTAMP:
                return Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.timestampType(false, TimeUnit.MILLIS)).named(name);
            case TIMESTAMP_LTZ:
                return Types.primitive(PrimitiveTypeName.INT64, repetition)
                        .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MILLIS)).named(name);
            case ROW:
                return groupType(name, type);
            default:
                throw new IllegalStateException("no Parquet type for " + type + " of column " + name);
        }
    }

    /** INT32 up to 9 digits, INT64 up to 18, else a fixed-length two's-complement binary: what the format advises. */
    private static Type decimal(String name, DataType type, Type.Repetition repetition) {
        LogicalTypeAnnotation decimal = LogicalTypeAnnotation.decimalType(type.scale(), type.precision());
        if (type.precision() <= 9) {
            return Types.primitive(PrimitiveTypeName.INT32, repetition).as(decimal).named(name);
        }
        if (type.precision() <= 18) {
            return Types.primitive(PrimitiveTypeName.INT64, repetition).as(decimal).named(name);
        }
        return Types.primitive(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY, repetition)
                .length(decimalBytes(type.precision())).as(decimal).named(name);
    }

    /** The fewest bytes whose two's complement holds every unscaled value of {@code precision} digits. */
    static int decimalBytes(int precision) {
        int bits = BigInteger.TEN.pow(precision).subtract(BigInteger.ONE).bitLength() + 1;
        return (bits + 7) / 8;
    }

    private static Type.Repetition repetition(DataType type) {
        return type.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
    }
}
