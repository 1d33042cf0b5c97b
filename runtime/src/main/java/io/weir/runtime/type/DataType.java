package io.weir.runtime.type;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A SQL data type: its root, precision and scale where they apply, nullability, and fields for ROW.
 * Its {@link #toString()} is the type as Flink SQL prints it ({@code STRING}, {@code DECIMAL(10, 2)},
 * {@code TIMESTAMP(3) NOT NULL}).
 */
public record DataType(TypeRoot root, int precision, int scale, boolean nullable, List<Field> fields) {
    /** The precision of VARCHAR/VARBINARY that Flink calls STRING/BYTES. */
    public static final int MAX_LENGTH = Integer.MAX_VALUE;

    public DataType {
        Objects.requireNonNull(root, "root");
        fields = List.copyOf(fields);
        if (root == TypeRoot.ROW ? false : !fields.isEmpty()) {
            throw new IllegalArgumentException("only ROW has fields: " + root);
        }
    }

    /** A named field of a ROW type or of a table's schema. */
    public record Field(String name, DataType type) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String toString() {
            return "`" + name.replace("`", "``") + "` " + type;
        }
    }

    public static DataType of(TypeRoot root) {
        return new DataType(root, defaultPrecision(root), 0, true, List.of());
    }

    public static DataType of(TypeRoot root, int precision) {
        return new DataType(root, precision, 0, true, List.of());
    }

    public static DataType decimal(int precision, int scale) {
        return new DataType(TypeRoot.DECIMAL, precision, scale, true, List.of());
    }

    public static DataType string() {
        return of(TypeRoot.VARCHAR, MAX_LENGTH);
    }

    public static DataType row(List<Field> fields) {
        return new DataType(TypeRoot.ROW, 0, 0, true, fields);
    }

    public DataType withNullable(boolean isNullable) {
        return new DataType(root, precision, scale, isNullable, fields);
    }

    /** The default precision Flink gives a type written without one. */
    public static int defaultPrecision(TypeRoot root) {
        switch (root) {
            case DECIMAL:
                return 10;
            case CHAR:
            case BINARY:
                return 1;
            case VARCHAR:
            case VARBINARY:
                return MAX_LENGTH;
            case TIMESTAMP:
            case TIMESTAMP_LTZ:
                return 6;
            default:
                return 0;
        }
    }

    /** The type without its nullability, as Flink writes it. */
    public String typeName() {
        switch (root) {
            case DECIMAL:
                return "DECIMAL(" + precision + ", " + scale + ")";
            case CHAR:
                return "CHAR(" + precision + ")";
            case VARCHAR:
                return precision == MAX_LENGTH ? "STRING" : "VARCHAR(" + precision + ")";
            case BINARY:
                return "BINARY(" + precision + ")";
            case VARBINARY:
                return precision == MAX_LENGTH ? "BYTES" : "VARBINARY(" + precision + ")";
            case TIME:
                return "TIME(" + precision + ")";
            case TIMESTAMP:
                return "TIMESTAMP(" + precision + ")";
            case TIMESTAMP_LTZ:
                return "TIMESTAMP_LTZ(" + precision + ")";
            case INTEGER:
                return "INT";
            case ROW:
                return fields.stream().map(Field::toString).collect(Collectors.joining(", ", "ROW<", ">"));
            default:
                return root.name();
        }
    }

    @Override
    public String toString() {
        return nullable ? typeName() : typeName() + " NOT NULL";
    }
}
