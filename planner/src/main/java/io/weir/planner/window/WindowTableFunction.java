package io.weir.planner.window;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlWindowTableFunction;
import org.apache.calcite.sql.type.SqlOperandMetadata;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.Util;

/**
 * A window table-valued function as Flink types it: the input table's columns followed by {@code window_start},
 * {@code window_end} (TIMESTAMP(3) NOT NULL) and {@code window_time}, the window's time attribute
 * ({@code window_end} minus 1 ms, of the time column's type).
 */
public final class WindowTableFunction extends SqlWindowTableFunction {
    public static final String WINDOW_START = "window_start";
    public static final String WINDOW_END = "window_end";
    public static final String WINDOW_TIME = "window_time";

    private final WindowKind kind;

    WindowTableFunction(WindowKind kind, SqlOperandMetadata operands) {
        super(kind.name(), operands);
        this.kind = kind;
    }

    public WindowKind kind() {
        return kind;
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return WindowTableFunction::rowType;
    }

    private static RelDataType rowType(SqlOperatorBinding binding) {
        RelDataTypeFactory factory = binding.getTypeFactory();
        RelDataType input = binding.getOperandType(0);
        RelDataType timestamp = factory.createSqlType(SqlTypeName.TIMESTAMP, 3);
        SqlTypeName timeType = SqlTypeName.TIMESTAMP;
        String timeColumn = timeColumnName(binding);
        for (RelDataTypeField field : input.getFieldList()) {
            if (field.getName().equalsIgnoreCase(timeColumn)) {
                timeType = field.getType().getSqlTypeName();
            }
        }
        List<String> names = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        for (RelDataTypeField field : input.getFieldList()) {
            names.add(field.getName());
            types.add(field.getType());
        }
        names.add(WINDOW_START);
        types.add(timestamp);
        names.add(WINDOW_END);
        types.add(timestamp);
        names.add(WINDOW_TIME);
        types.add(factory.createSqlType(timeType, 3));
        return factory.createStructType(input.getStructKind(), types, names);
    }

    /** The column the call's DESCRIPTOR names, or null when the binding does not show it. */
    private static String timeColumnName(SqlOperatorBinding binding) {
        if (binding instanceof SqlCallBinding && binding.getOperandCount() > 1) {
            SqlNode descriptor = ((SqlCallBinding) binding).operand(1);
            if (descriptor instanceof SqlCall && descriptor.getKind() == SqlKind.DESCRIPTOR) {
                SqlNode column = ((SqlCall) descriptor).operand(0);
                if (column instanceof SqlIdentifier) {
                    return Util.last(((SqlIdentifier) column).names);
                }
            }
        }
        return null;
    }
}
