package io.weir.connector.filesystem;

import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.math.BigInteger;
import java.util.List;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Maps SQL column types to Parquet types exactly as Weir's state files do, so a table's files and a checkpoint's
 * files look the same to DuckDB, Spark or pandas: strings as UTF-8 binaries, decimals as DECIMAL, dates and times
 * with their logical types in milliseconds, a nested ROW as a group, a nullable column OPTIONAL and a NOT NULL one
 * REQUIRED.
 */
public final class ParquetTypes {
    /** The name of the message type of every file the sink writes; readers show only the column names. */
    static final String MESSAGE_NAME = "weir_row";

    private ParquetTypes() {
    }

    /** The Parquet schema of rows of {@code rowType}, with the same column names in the same order. */
    public static MessageType messageType(RowType rowType) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (DataType.Field field : rowType.fields()) {
            builder.addField(type(field.name(), field.type()));
        }
        return builder.named(MESSAGE_NAME);
    }

    /** The Parquet type of a column {@code name} of SQL type {@code type}. */
    static Type type(String name, DataType type) {
        Type.Repetition repetition = type.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
        switch (type.root()) {
            case BOOLEAN:
                return Types.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(name);
            case TINYINT:
                return integer(name, repetition, PrimitiveTypeName.INT32, 8);
            case SMALLINT:
                return integer(name, repetition, PrimitiveTypeName.INT32, 16);
            case INTEGER:
                return integer(name, repetition, PrimitiveTypeName.INT32, 32);
            case BIGINT:
                return integer(name, repetition, PrimitiveTypeName.INT64, 64);
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
                return group(name, repetition, type.fields());
            default:
                throw new IllegalStateException("no Parquet type for " + type + " of column " + name);
        }
    }

    private static Type integer(String name, Type.Repetition repetition, PrimitiveTypeName primitive, int bits) {
        return Types.primitive(primitive, repetition).as(LogicalTypeAnnotation.intType(bits, true)).named(name);
    }

    private static GroupType group(String name, Type.Repetition repetition, List<DataType.Field> fields) {
        Types.GroupBuilder<GroupType> builder = Types.buildGroup(repetition);
        for (DataType.Field field : fields) {
            builder.addField(type(field.name(), field.type()));
        }
        return builder.named(name);
    }

    /** INT32 up to 9 digits, INT64 up to 18, else a fixed-length two's-complement binary, as the format advises. */
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
}
