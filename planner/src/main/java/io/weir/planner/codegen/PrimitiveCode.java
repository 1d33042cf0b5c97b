package io.weir.planner.codegen;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Generates Java for the common expressions (columns, numeric literals, arithmetic, comparisons, boolean logic and
 * numeric casts over BOOLEAN, integer, floating-point and temporal values) on primitives: each value is a null
 * flag and a primitive read straight from the row, so no value is boxed per row. Other expressions go to
 * Calcite's translator.
 */
final class PrimitiveCode {
    private static final Set<SqlTypeName> INTEGERS = EnumSet.of(SqlTypeName.TINYINT, SqlTypeName.SMALLINT,
            SqlTypeName.INTEGER, SqlTypeName.BIGINT);
    private static final Set<SqlTypeName> FLOATS = EnumSet.of(SqlTypeName.FLOAT, SqlTypeName.REAL, SqlTypeName.DOUBLE);
    private static final Set<SqlTypeName> TEMPORALS = EnumSet.of(SqlTypeName.DATE, SqlTypeName.TIME,
            SqlTypeName.TIMESTAMP, SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE);
    private static final Set<SqlKind> ARITHMETIC = EnumSet.of(SqlKind.PLUS, SqlKind.MINUS, SqlKind.TIMES,
            SqlKind.DIVIDE, SqlKind.MOD);
    private static final Set<SqlKind> COMPARISONS = EnumSet.of(SqlKind.EQUALS, SqlKind.NOT_EQUALS, SqlKind.LESS_THAN,
            SqlKind.LESS_THAN_OR_EQUAL, SqlKind.GREATER_THAN, SqlKind.GREATER_THAN_OR_EQUAL);
    private static final Set<SqlKind> TESTS = EnumSet.of(SqlKind.IS_NULL, SqlKind.IS_NOT_NULL, SqlKind.IS_TRUE,
            SqlKind.IS_NOT_TRUE, SqlKind.IS_FALSE, SqlKind.IS_NOT_FALSE);

    /** A generated value: a Java boolean expression that is true when it is NULL, and its primitive value. */
    record Value(String isNull, String value) {
    }

    private final StringBuilder code = new StringBuilder();
    private final String prefix;
    private int variables;

    /** A generator whose variables are named {@code prefix0}, {@code prefix1}, ... */
    PrimitiveCode(String prefix) {
        this.prefix = prefix;
    }

    PrimitiveCode() {
        this("p");
    }

    /** Appends a statement as it is. */
    void append(String statement) {
        code.append(statement);
    }

    /** The statements generated so far. */
    String code() {
        return code.toString();
    }

    /** Whether a value of this type lives in the row's primitive slot. */
    static boolean primitive(RelDataType type) {
        SqlTypeName name = type.getSqlTypeName();
        return name == SqlTypeName.BOOLEAN || INTEGERS.contains(name) || FLOATS.contains(name) || TEMPORALS.contains(name);
    }

    /** Whether {@link #emit} can generate the expression. */
    static boolean supports(RexNode e) {
        if (!primitive(e.getType())) {
            return false;
        }
        if (e instanceof RexInputRef) {
            return true;
        }
        if (e instanceof RexLiteral) {
            SqlTypeName name = e.getType().getSqlTypeName();
            return !((RexLiteral) e).isNull() && (name == SqlTypeName.BOOLEAN || INTEGERS.contains(name) || FLOATS.contains(name));
        }
        if (!(e instanceof RexCall)) {
            return false;
        }
        RexCall call = (RexCall) e;
        SqlKind kind = call.getKind();
        boolean numericResult = INTEGERS.contains(call.getType().getSqlTypeName()) || FLOATS.contains(call.getType().getSqlTypeName());
        boolean known = ARITHMETIC.contains(kind) && numericResult && numeric(call.getOperands().get(0).getType())
                        && numeric(call.getOperands().get(1).getType())
                || COMPARISONS.contains(kind) && comparable(call)
                || kind == SqlKind.AND || kind == SqlKind.OR || kind == SqlKind.NOT || TESTS.contains(kind)
                || kind == SqlKind.CAST && numericResult && numeric(call.getOperands().get(0).getType());
        if (!known) {
            return false;
        }
        for (RexNode operand : call.getOperands()) {
            if (!supports(operand)) {
                return false;
            }
        }
        return true;
    }

    private static boolean numeric(RelDataType type) {
        return INTEGERS.contains(type.getSqlTypeName()) || FLOATS.contains(type.getSqlTypeName());
    }

    private static boolean comparable(RexCall call) {
        RelDataType left = call.getOperands().get(0).getType();
        RelDataType right = call.getOperands().get(1).getType();
        if (left.getSqlTypeName() == SqlTypeName.BOOLEAN) {
            return right.getSqlTypeName() == SqlTypeName.BOOLEAN
                    && (call.getKind() == SqlKind.EQUALS || call.getKind() == SqlKind.NOT_EQUALS);
        }
        return numeric(left) && numeric(right) || left.getSqlTypeName() == right.getSqlTypeName();
    }

    /** Statements writing {@code value} into field {@code index} of {@code out}, a field of {@code type}. */
    void write(int index, RelDataType type, Value value) {
        String setter = type.getSqlTypeName() == SqlTypeName.BOOLEAN ? "setBoolean"
                : FLOATS.contains(type.getSqlTypeName()) ? "setDouble" : "setLong";
        String set = "out." + setter + "(" + index + ", " + value.value() + ");";
        if (value.isNull().equals("false")) {
            code.append("    ").append(set).append('\n');
        } else {
            code.append("    if (").append(value.isNull()).append(") out.setNull(").append(index).append("); else ")
                    .append(set).append('\n');
        }
    }

    /** Statements copying an object-slot field (string, decimal, bytes, row) unchanged. */
    void copy(int from, int to) {
        code.append("    if (in.isNullAt(").append(from).append(")) out.setNull(").append(to)
                .append("); else out.setObject(").append(to).append(", in.getObject(").append(from).append("));\n");
    }

    /** Generates statements computing {@code e}; requires {@link #supports}. */
    Value emit(RexNode e) {
        if (e instanceof RexInputRef) {
            return input(((RexInputRef) e).getIndex(), e.getType());
        }
        if (e instanceof RexLiteral) {
            return new Value("false", literal((RexLiteral) e));
        }
        RexCall call = (RexCall) e;
        SqlKind kind = call.getKind();
        if (kind == SqlKind.AND || kind == SqlKind.OR) {
            return logic(call, kind == SqlKind.AND);
        }
        Value a = emit(call.getOperands().get(0));
        if (kind == SqlKind.NOT) {
            return declare("boolean", a.isNull(), "!" + a.value());
        }
        if (TESTS.contains(kind)) {
            return new Value("false", test(kind, a));
        }
        if (kind == SqlKind.CAST) {
            return declare(javaType(call.getType()), a.isNull(), narrow(call.getType(), "(" + a.value() + ")"));
        }
        Value b = emit(call.getOperands().get(1));
        String isNull = or(a.isNull(), b.isNull());
        if (COMPARISONS.contains(kind)) {
            return declare("boolean", isNull, "(" + a.value() + " " + comparison(kind) + " " + b.value() + ")");
        }
        // Arithmetic in the result's Java type; integers wrap as Java's do, as in Flink.
        String type = javaType(call.getType());
        String expression = "((" + type + ") " + a.value() + " " + arithmetic(kind) + " (" + type + ") " + b.value() + ")";
        return declare(type, isNull, narrow(call.getType(), expression));
    }

    private Value input(int index, RelDataType type) {
        String isNull = type.isNullable() ? declareFlag("in.isNullAt(" + index + ")") : "false";
        String read;
        switch (type.getSqlTypeName()) {
            case BOOLEAN:
                read = "in.getBoolean(" + index + ")";
                break;
            case FLOAT:
            case REAL:
            case DOUBLE:
                read = "in.getDouble(" + index + ")";
                break;
            default:
                read = "in.getLong(" + index + ")";
                break;
        }
        String name = prefix + variables++;
        code.append("    final ").append(javaType(type)).append(' ').append(name).append(" = ").append(read).append(";\n");
        return new Value(isNull, name);
    }

    /** AND and OR in SQL's three-valued logic: a known FALSE (AND) or TRUE (OR) operand decides. */
    private Value logic(RexCall call, boolean and) {
        String decided = null;
        String anyNull = null;
        for (RexNode operand : call.getOperands()) {
            Value v = emit(operand);
            String decides = and ? "(!" + v.isNull() + " && !" + v.value() + ")" : "(!" + v.isNull() + " && " + v.value() + ")";
            decided = decided == null ? decides : decided + " || " + decides;
            anyNull = anyNull == null ? v.isNull() : or(anyNull, v.isNull());
        }
        String decidedVar = declareFlag(decided);
        String isNull = anyNull.equals("false") ? "false" : declareFlag("!" + decidedVar + " && (" + anyNull + ")");
        return new Value(isNull, and ? "!" + decidedVar : decidedVar);
    }

    private static String test(SqlKind kind, Value a) {
        switch (kind) {
            case IS_NULL:
                return a.isNull();
            case IS_NOT_NULL:
                return "!" + a.isNull();
            case IS_TRUE:
                return "(!" + a.isNull() + " && " + a.value() + ")";
            case IS_NOT_TRUE:
                return "(" + a.isNull() + " || !" + a.value() + ")";
            case IS_FALSE:
                return "(!" + a.isNull() + " && !" + a.value() + ")";
            default:
                return "(" + a.isNull() + " || " + a.value() + ")";
        }
    }

    private Value declare(String type, String isNull, String expression) {
        String name = prefix + variables++;
        // A NULL operand is not evaluated: an integer division by a NULL zero must not fail.
        String zero = type.equals("boolean") ? "false" : "0";
        code.append("    final ").append(type).append(' ').append(name).append(" = ")
                .append(isNull.equals("false") ? expression : isNull + " ? " + zero + " : " + expression).append(";\n");
        return new Value(isNull, name);
    }

    private String declareFlag(String expression) {
        String name = prefix + variables++;
        code.append("    final boolean ").append(name).append(" = ").append(expression).append(";\n");
        return name;
    }

    private static String or(String a, String b) {
        return a.equals("false") ? b : b.equals("false") ? a : a + " || " + b;
    }

    /** The Java type a value of this SQL type is computed in. */
    static String javaType(RelDataType type) {
        SqlTypeName name = type.getSqlTypeName();
        return name == SqlTypeName.BOOLEAN ? "boolean" : FLOATS.contains(name) ? "double" : "long";
    }

    /** Narrows a long or double computation to the SQL type's range, as Java's casts (and Flink's) do. */
    private static String narrow(RelDataType type, String expression) {
        switch (type.getSqlTypeName()) {
            case TINYINT:
                return "(long) (byte) " + expression;
            case SMALLINT:
                return "(long) (short) " + expression;
            case INTEGER:
                return "(long) (int) " + expression;
            case BIGINT:
                return "(long) " + expression;
            case FLOAT:
            case REAL:
                return "(double) (float) " + expression;
            default:
                return "(double) " + expression;
        }
    }

    private static String literal(RexLiteral literal) {
        if (literal.getType().getSqlTypeName() == SqlTypeName.BOOLEAN) {
            return String.valueOf(literal.getValueAs(Boolean.class));
        }
        BigDecimal value = literal.getValueAs(BigDecimal.class);
        return FLOATS.contains(literal.getType().getSqlTypeName()) ? value.doubleValue() + "d" : value.longValue() + "L";
    }

    private static String comparison(SqlKind kind) {
        switch (kind) {
            case EQUALS:
                return "==";
            case NOT_EQUALS:
                return "!=";
            case LESS_THAN:
                return "<";
            case LESS_THAN_OR_EQUAL:
                return "<=";
            case GREATER_THAN:
                return ">";
            default:
                return ">=";
        }
    }

    private static String arithmetic(SqlKind kind) {
        switch (kind) {
            case PLUS:
                return "+";
            case MINUS:
                return "-";
            case TIMES:
                return "*";
            case DIVIDE:
                return "/";
            default:
                return "%";
        }
    }
}
