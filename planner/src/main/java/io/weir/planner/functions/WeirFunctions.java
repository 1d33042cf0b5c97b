package io.weir.planner.functions;

import io.weir.planner.window.WindowFunctions;
import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperatorBinding;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeTransforms;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatcher;

/**
 * Weir's operator table: Calcite's standard operators, the library functions whose semantics match Flink's,
 * and Weir's own definitions where Flink differs from every Calcite library.
 */
public final class WeirFunctions {
    private static final SqlReturnTypeInference STRING = ReturnTypes.explicit(SqlTypeName.VARCHAR, Integer.MAX_VALUE)
            .andThen(SqlTypeTransforms.TO_NULLABLE);
    private static final SqlReturnTypeInference STRING_OR_NULL = ReturnTypes.explicit(SqlTypeName.VARCHAR, Integer.MAX_VALUE)
            .andThen(SqlTypeTransforms.FORCE_NULLABLE);

    public static final SqlOperator DATE_FORMAT = new WeirScalarFunction("DATE_FORMAT", STRING_OR_NULL,
            OperandTypes.or(OperandTypes.family(SqlTypeFamily.TIMESTAMP, SqlTypeFamily.CHARACTER),
                    OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER)),
            WeirFunctions::dateFormat);

    public static final SqlOperator REGEXP_EXTRACT = new WeirScalarFunction("REGEXP_EXTRACT", STRING_OR_NULL,
            OperandTypes.family(List.of(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER, SqlTypeFamily.INTEGER), i -> i == 2),
            call -> call.getOperands().size() == 2
                    ? WeirScalarFunction.method("regexpExtract", String.class, String.class)
                    : WeirScalarFunction.method("regexpExtract", String.class, String.class, int.class));

    public static final SqlOperator SPLIT_INDEX = new WeirScalarFunction("SPLIT_INDEX", STRING_OR_NULL,
            OperandTypes.family(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER, SqlTypeFamily.INTEGER),
            call -> WeirScalarFunction.method("splitIndex", String.class, String.class, int.class));

    public static final SqlOperator SUBSTR = new WeirScalarFunction("SUBSTR", STRING_OR_NULL,
            OperandTypes.family(List.of(SqlTypeFamily.CHARACTER, SqlTypeFamily.INTEGER, SqlTypeFamily.INTEGER), i -> i == 2),
            call -> call.getOperands().size() == 2
                    ? WeirScalarFunction.method("substr", String.class, int.class)
                    : WeirScalarFunction.method("substr", String.class, int.class, int.class));

    public static final SqlOperator TO_TIMESTAMP = new WeirScalarFunction("TO_TIMESTAMP",
            ReturnTypes.explicit(SqlTypeName.TIMESTAMP, 3).andThen(SqlTypeTransforms.FORCE_NULLABLE),
            OperandTypes.family(List.of(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER), i -> i == 1),
            call -> call.getOperands().size() == 1
                    ? WeirScalarFunction.method("toTimestamp", String.class)
                    : WeirScalarFunction.method("toTimestamp", String.class, String.class));

    public static final SqlOperator TO_DATE = new WeirScalarFunction("TO_DATE",
            ReturnTypes.explicit(SqlTypeName.DATE).andThen(SqlTypeTransforms.FORCE_NULLABLE),
            OperandTypes.family(List.of(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER), i -> i == 1),
            call -> call.getOperands().size() == 1
                    ? WeirScalarFunction.method("toDate", String.class)
                    : WeirScalarFunction.method("toDate", String.class, String.class));

    public static final SqlOperator FROM_UNIXTIME = new WeirScalarFunction("FROM_UNIXTIME", STRING,
            OperandTypes.family(List.of(SqlTypeFamily.INTEGER, SqlTypeFamily.CHARACTER), i -> i == 1),
            call -> call.getOperands().size() == 1
                    ? WeirScalarFunction.method("fromUnixtime", long.class, ZoneId.class)
                    : WeirScalarFunction.method("fromUnixtime", long.class, String.class, ZoneId.class));

    public static final SqlOperator UNIX_TIMESTAMP = new WeirScalarFunction("UNIX_TIMESTAMP",
            ReturnTypes.BIGINT_FORCE_NULLABLE,
            OperandTypes.family(List.of(SqlTypeFamily.CHARACTER, SqlTypeFamily.CHARACTER), i -> true),
            call -> call.getOperands().isEmpty() ? WeirScalarFunction.method("unixTimestamp")
                    : call.getOperands().size() == 1 ? WeirScalarFunction.method("unixTimestamp", String.class, ZoneId.class)
                    : WeirScalarFunction.method("unixTimestamp", String.class, String.class, ZoneId.class));

    /** CURRENT_TIMESTAMP, which Flink types TIMESTAMP_LTZ(3); found before Calcite's, which is a TIMESTAMP(0). */
    public static final SqlOperator CURRENT_TIMESTAMP = new WeirScalarFunction("CURRENT_TIMESTAMP",
            ReturnTypes.explicit(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3), OperandTypes.NILADIC,
            call -> WeirScalarFunction.method("currentTimestamp")) {
        @Override
        public SqlSyntax getSyntax() {
            return SqlSyntax.FUNCTION_ID;
        }
    };

    /** NOW(): CURRENT_TIMESTAMP. */
    public static final SqlOperator NOW = new WeirScalarFunction("NOW",
            ReturnTypes.explicit(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3), OperandTypes.NILADIC,
            call -> WeirScalarFunction.method("currentTimestamp"));

    /** ROUND(x [, r]): half up to r decimal places; a DECIMAL's type follows Flink's findRoundDecimalType. */
    public static final SqlOperator ROUND = new WeirScalarFunction("ROUND", WeirFunctions::roundType,
            OperandTypes.family(List.of(SqlTypeFamily.NUMERIC, SqlTypeFamily.INTEGER), i -> i == 1),
            call -> rounding("round", call));

    /** TRUNCATE(x [, r]): towards zero to r decimal places, typed as ROUND. */
    public static final SqlOperator TRUNCATE = new WeirScalarFunction("TRUNCATE", WeirFunctions::roundType,
            OperandTypes.family(List.of(SqlTypeFamily.NUMERIC, SqlTypeFamily.INTEGER), i -> i == 1),
            call -> rounding("truncate", call));

    /** FIRST_VALUE(x): the first non-NULL value in arrival order; an aggregate function, with or without OVER. */
    public static final SqlAggFunction FIRST_VALUE = new FirstLastValueAggFunction(SqlKind.FIRST_VALUE);

    /** LAST_VALUE(x): the last non-NULL value in arrival order; an aggregate function, with or without OVER. */
    public static final SqlAggFunction LAST_VALUE = new FirstLastValueAggFunction(SqlKind.LAST_VALUE);

    private static final SqlOperatorTable OWN = SqlOperatorTables.of(
            FIRST_VALUE, LAST_VALUE, ROUND, TRUNCATE, NOW, CURRENT_TIMESTAMP, DATE_FORMAT, REGEXP_EXTRACT, SPLIT_INDEX, SUBSTR, TO_TIMESTAMP, TO_DATE, FROM_UNIXTIME, UNIX_TIMESTAMP,
            SqlLibraryOperators.IF,
            SqlLibraryOperators.CONCAT_FUNCTION,
            SqlLibraryOperators.CONCAT_WS,
            SqlLibraryOperators.LPAD,
            SqlLibraryOperators.RPAD,
            SqlLibraryOperators.LTRIM,
            SqlLibraryOperators.RTRIM,
            SqlLibraryOperators.REGEXP_REPLACE_3,
            SqlLibraryOperators.TRY_CAST);

    private WeirFunctions() {
    }

    /**
     * Weir's functions first, then Calcite's standard operators. Calcite's FIRST_VALUE and LAST_VALUE are left out,
     * not only shadowed: the validator resolves a function call by name only when exactly one operator has it.
     */
    public static SqlOperatorTable operatorTable() {
        return SqlOperatorTables.chain(OWN, WindowFunctions.operatorTable(),
                withoutFirstAndLastValue(WindowFunctions.withoutCalciteWindowFunctions(SqlStdOperatorTable.instance())));
    }

    private static SqlOperatorTable withoutFirstAndLastValue(SqlOperatorTable standard) {
        return new SqlOperatorTable() {
            @Override
            public void lookupOperatorOverloads(SqlIdentifier name, SqlFunctionCategory category, SqlSyntax syntax,
                    List<SqlOperator> result, SqlNameMatcher matcher) {
                List<SqlOperator> found = new ArrayList<>();
                standard.lookupOperatorOverloads(name, category, syntax, found, matcher);
                for (SqlOperator operator : found) {
                    if (!isFirstOrLastValue(operator)) {
                        result.add(operator);
                    }
                }
            }

            @Override
            public List<SqlOperator> getOperatorList() {
                List<SqlOperator> operators = new ArrayList<>();
                for (SqlOperator operator : standard.getOperatorList()) {
                    if (!isFirstOrLastValue(operator)) {
                        operators.add(operator);
                    }
                }
                return operators;
            }
        };
    }

    private static boolean isFirstOrLastValue(SqlOperator operator) {
        return operator.getKind() == SqlKind.FIRST_VALUE || operator.getKind() == SqlKind.LAST_VALUE;
    }

    /**
     * ROUND's type: the argument's, except for DECIMAL(p, s) rounded to a literal r below s, which is
     * DECIMAL(1 + p - s + r, r), or DECIMAL(1 + p - s, 0) for a negative r.
     */
    private static RelDataType roundType(SqlOperatorBinding binding) {
        RelDataType type = binding.getOperandType(0);
        boolean nullable = type.isNullable() || binding.getOperandCount() > 1 && binding.getOperandType(1).isNullable();
        RelDataTypeFactory factory = binding.getTypeFactory();
        if (type.getSqlTypeName() == SqlTypeName.DECIMAL) {
            Integer round = binding.getOperandCount() == 1 ? Integer.valueOf(0)
                    : binding.isOperandLiteral(1, false) ? binding.getOperandLiteralValue(1, Integer.class) : null;
            int p = type.getPrecision();
            int s = type.getScale();
            if (round != null && round < s) {
                type = round < 0 ? factory.createSqlType(SqlTypeName.DECIMAL, Math.min(38, 1 + p - s), 0)
                        : factory.createSqlType(SqlTypeName.DECIMAL, 1 + p - s + round, round);
            }
        }
        return factory.createTypeWithNullability(type, nullable);
    }

    private static Method rounding(String name, RexCall call) {
        Class<?> value;
        switch (call.getOperands().get(0).getType().getSqlTypeName()) {
            case TINYINT:
                value = byte.class;
                break;
            case SMALLINT:
                value = short.class;
                break;
            case INTEGER:
                value = int.class;
                break;
            case BIGINT:
                value = long.class;
                break;
            case FLOAT:
            case REAL:
                value = float.class;
                break;
            case DOUBLE:
                value = double.class;
                break;
            default:
                value = java.math.BigDecimal.class;
                break;
        }
        return call.getOperands().size() == 1 ? WeirScalarFunction.method(name, value)
                : WeirScalarFunction.method(name, value, int.class);
    }

    private static Method dateFormat(RexCall call) {
        switch (call.getOperands().get(0).getType().getSqlTypeName()) {
            case TIMESTAMP:
                return WeirScalarFunction.method("dateFormat", long.class, String.class);
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return WeirScalarFunction.method("dateFormatLtz", long.class, String.class, ZoneId.class);
            default:
                return WeirScalarFunction.method("dateFormat", String.class, String.class);
        }
    }
}
