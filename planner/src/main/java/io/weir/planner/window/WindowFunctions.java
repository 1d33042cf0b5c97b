package io.weir.planner.window;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlWindowTableFunction;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlOperandMetadata;
import org.apache.calcite.sql.util.SqlOperatorTables;

/**
 * The window table-valued functions in Flink's form ({@code TUMBLE}, {@code HOP}, {@code CUMULATE}, {@code SESSION},
 * each adding {@code window_start}, {@code window_end} and {@code window_time}), plus {@code PROCTIME()} and
 * {@code CURRENT_WATERMARK(ts)}.
 * {@code CUMULATE(TABLE t, DESCRIPTOR(ts), step, size [, offset])} takes the operands of {@code HOP}.
 */
public final class WindowFunctions {
    public static final WindowTableFunction TUMBLE = new WindowTableFunction(WindowKind.TUMBLE,
            (SqlOperandMetadata) SqlStdOperatorTable.TUMBLE.getOperandTypeChecker());
    public static final WindowTableFunction HOP = new WindowTableFunction(WindowKind.HOP,
            (SqlOperandMetadata) SqlStdOperatorTable.HOP.getOperandTypeChecker());
    public static final WindowTableFunction CUMULATE = new WindowTableFunction(WindowKind.CUMULATE,
            (SqlOperandMetadata) SqlStdOperatorTable.HOP.getOperandTypeChecker());
    public static final WindowTableFunction SESSION = new WindowTableFunction(WindowKind.SESSION,
            (SqlOperandMetadata) SqlStdOperatorTable.SESSION.getOperandTypeChecker());

    private static final SqlOperatorTable TABLE = SqlOperatorTables.of(TUMBLE, HOP, CUMULATE, SESSION,
            ProctimeFunction.INSTANCE, CurrentWatermarkFunction.INSTANCE);

    private WindowFunctions() {
    }

    /**
     * Calcite's standard operators without its own window table functions, which these replace: with both, a call
     * of {@code TUMBLE} would be ambiguous.
     */
    public static SqlOperatorTable withoutCalciteWindowFunctions(SqlOperatorTable standard) {
        return new SqlOperatorTable() {
            @Override
            public void lookupOperatorOverloads(SqlIdentifier name, SqlFunctionCategory category, SqlSyntax syntax,
                    List<SqlOperator> result, SqlNameMatcher matcher) {
                List<SqlOperator> found = new ArrayList<>();
                standard.lookupOperatorOverloads(name, category, syntax, found, matcher);
                for (SqlOperator operator : found) {
                    if (!(operator instanceof SqlWindowTableFunction)) {
                        result.add(operator);
                    }
                }
            }

            @Override
            public List<SqlOperator> getOperatorList() {
                List<SqlOperator> operators = new ArrayList<>();
                for (SqlOperator operator : standard.getOperatorList()) {
                    if (!(operator instanceof SqlWindowTableFunction)) {
                        operators.add(operator);
                    }
                }
                return operators;
            }
        };
    }

    /** The operator table of these functions, to chain before Calcite's standard table. */
    public static SqlOperatorTable operatorTable() {
        return TABLE;
    }
}
