package io.weir.planner.codegen;

import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Generates Java for the common expressions (columns and fields of nested rows, numeric literals, arithmetic,
 * comparisons, boolean logic, CASE, numeric casts and timestamp-plus-interval over BOOLEAN, integer, floating-point
 * and temporal values) on primitives: each value is a null flag and a primitive read straight from the row, so no
 * value is boxed per row. Other expressions go to Calcite's translator.
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

    private static final String ROW = Row.class.getName();

    private final StringBuilder code = new StringBuilder();
    private final String prefix;
    private int variables;
    /** Variables already holding a nested row, by the digest of the expression that reads it. */
    private Map<String, String> rows = new HashMap<>();

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
            return ((RexLiteral) e).isNull() || name == SqlTypeName.BOOLEAN || INTEGERS.contains(name) || FLOATS.contains(name);
        }
        if (!(e instanceof RexCall)) {
            return false;
        }
        RexCall call = (RexCall) e;
        if (call.getOperator() instanceof NestedFieldOperator) {
            return heldRow(call.getOperands().get(0));
        }
        if (call.getOperator() instanceof CastOperator) {
            RexNode operand = call.getOperands().get(0);
            return primitive(operand.getType()) ? supports(operand)
                    : INTEGERS.contains(call.getType().getSqlTypeName()) && decimalProduct(operand) != null;
        }
        SqlKind kind = call.getKind();
        if (kind == SqlKind.CASE) {
            return call.getOperands().stream().allMatch(PrimitiveCode::supports);
        }
        if ((kind == SqlKind.PLUS || kind == SqlKind.MINUS) && timestamp(call.getType())) {
            return timestamp(call.getOperands().get(0).getType()) && supports(call.getOperands().get(0))
                    && dayTimeLiteral(call.getOperands().get(1));
        }
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

    /**
     * The operands of a DECIMAL product of a literal and an integer expression, literal first, as in
     * {@code CAST(0.908 * price AS BIGINT)}; null if {@code e} is not one.
     */
    private static RexNode[] decimalProduct(RexNode e) {
        if (e.getKind() != SqlKind.TIMES || e.getType().getSqlTypeName() != SqlTypeName.DECIMAL) {
            return null;
        }
        RexNode a = ((RexCall) e).getOperands().get(0);
        RexNode b = ((RexCall) e).getOperands().get(1);
        if (a instanceof RexLiteral && INTEGERS.contains(b.getType().getSqlTypeName()) && smallDecimal(a) && supports(b)) {
            return new RexNode[] {a, b};
        }
        if (b instanceof RexLiteral && INTEGERS.contains(a.getType().getSqlTypeName()) && smallDecimal(b) && supports(a)) {
            return new RexNode[] {b, a};
        }
        return null;
    }

    /** A non-NULL DECIMAL literal whose unscaled value fits a long and whose scale a long's power of ten can undo. */
    private static boolean smallDecimal(RexNode literal) {
        if (literal.getType().getSqlTypeName() != SqlTypeName.DECIMAL || ((RexLiteral) literal).isNull()) {
            return false;
        }
        BigDecimal value = ((RexLiteral) literal).getValueAs(BigDecimal.class);
        return value.scale() >= 0 && value.scale() <= 18 && value.unscaledValue().bitLength() < 64;
    }

    /** Whether {@code e} is a ROW column, or a ROW field of one, held as a nested {@link Row}. */
    private static boolean heldRow(RexNode e) {
        if (e.getType().getSqlTypeName() != SqlTypeName.ROW) {
            return false;
        }
        return e instanceof RexInputRef
                || e instanceof RexCall && ((RexCall) e).getOperator() instanceof NestedFieldOperator
                && heldRow(((RexCall) e).getOperands().get(0));
    }

    /** Whether {@code e} reads an object-slot field (string, decimal, bytes, row) of a nested row. */
    static boolean nestedObjectRead(RexNode e) {
        return e instanceof RexCall && ((RexCall) e).getOperator() instanceof NestedFieldOperator && !primitive(e.getType())
                && heldRow(((RexCall) e).getOperands().get(0));
    }

    private static boolean timestamp(RelDataType type) {
        return type.getSqlTypeName() == SqlTypeName.TIMESTAMP
                || type.getSqlTypeName() == SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
    }

    /** A non-NULL literal of a day-time interval, whose value is in milliseconds. */
    private static boolean dayTimeLiteral(RexNode e) {
        return e instanceof RexLiteral && !((RexLiteral) e).isNull()
                && SqlTypeName.DAY_INTERVAL_TYPES.contains(e.getType().getSqlTypeName());
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

    /** Statements copying an object-slot field of a nested row unchanged; requires {@link #nestedObjectRead}. */
    void copyNested(RexNode read, int to) {
        RexCall call = (RexCall) read;
        String row = row(call.getOperands().get(0));
        int field = ((NestedFieldOperator) call.getOperator()).index();
        code.append("    if (").append(row).append(" == null || ").append(row).append(".isNullAt(").append(field)
                .append(")) out.setNull(").append(to).append("); else out.setObject(").append(to).append(", ")
                .append(row).append(".getObject(").append(field).append("));\n");
    }

    /** Generates statements computing {@code e}; requires {@link #supports}. */
    Value emit(RexNode e) {
        if (e instanceof RexInputRef) {
            return input(((RexInputRef) e).getIndex(), e.getType());
        }
        if (e instanceof RexLiteral) {
            RexLiteral literal = (RexLiteral) e;
            return literal.isNull() ? new Value("true", zero(javaType(e.getType()))) : new Value("false", literal(literal));
        }
        RexCall call = (RexCall) e;
        if (call.getOperator() instanceof NestedFieldOperator) {
            return nested(call);
        }
        if (call.getOperator() instanceof CastOperator) {
            return cast(call);
        }
        SqlKind kind = call.getKind();
        if (kind == SqlKind.CASE) {
            return caseWhen(call);
        }
        if (timestamp(call.getType())) {
            Value a = emit(call.getOperands().get(0));
            long millis = ((RexLiteral) call.getOperands().get(1)).getValueAs(Long.class);
            return declare("long", a.isNull(), "(" + a.value() + (kind == SqlKind.PLUS ? " + " : " - ") + millis + "L)");
        }
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
        String name = prefix + variables++;
        code.append("    final ").append(javaType(type)).append(' ').append(name).append(" = ")
                .append(read("in", index, type)).append(";\n");
        return new Value(isNull, name);
    }

    /** A field of a nested row: NULL when the row is (whatever the field's declared nullability). */
    private Value nested(RexCall call) {
        String row = row(call.getOperands().get(0));
        int field = ((NestedFieldOperator) call.getOperator()).index();
        String isNull = declareFlag(row + " == null || " + row + ".isNullAt(" + field + ")");
        return declare(javaType(call.getType()), isNull, read(row, field, call.getType()));
    }

    /**
     * Flink's cast by {@link Casts}; a DECIMAL product cast to an integer type is computed exactly on longs, as
     * {@link RowValues#truncatedProduct} documents.
     */
    private Value cast(RexCall call) {
        String method = Casts.class.getName() + "." + ((CastOperator) call.getOperator()).method().getName();
        RexNode operand = call.getOperands().get(0);
        if (primitive(operand.getType())) {
            Value a = emit(operand);
            // Widened explicitly: Janino types `flag ? 0 : aByte` as int and will not assign it to a long.
            String type = javaType(call.getType());
            return declare(type, a.isNull(), "(" + type + ") " + method + "(" + a.value() + ")");
        }
        RexNode[] product = decimalProduct(operand);
        BigDecimal factor = ((RexLiteral) product[0]).getValueAs(BigDecimal.class);
        Value x = emit(product[1]);
        String truncated = RowValues.class.getName() + ".truncatedProduct(" + factor.unscaledValue().longValueExact()
                + "L, " + factor.scale() + ", " + x.value() + ")";
        return declare("long", x.isNull(), "(long) " + method + "(" + truncated + ")");
    }

    /** A variable holding the nested row {@code e} reads, or null; each row is read once. */
    private String row(RexNode e) {
        String known = rows.get(e.toString());
        if (known != null) {
            return known;
        }
        String read;
        if (e instanceof RexInputRef) {
            int index = ((RexInputRef) e).getIndex();
            read = "in.isNullAt(" + index + ") ? null : (" + ROW + ") in.getObject(" + index + ")";
        } else {
            RexCall call = (RexCall) e;
            String outer = row(call.getOperands().get(0));
            int field = ((NestedFieldOperator) call.getOperator()).index();
            read = outer + " == null || " + outer + ".isNullAt(" + field + ") ? null : (" + ROW + ") " + outer
                    + ".getObject(" + field + ")";
        }
        String name = prefix + variables++;
        code.append("    final ").append(ROW).append(' ').append(name).append(" = ").append(read).append(";\n");
        rows.put(e.toString(), name);
        return name;
    }

    private static String read(String row, int index, RelDataType type) {
        switch (type.getSqlTypeName()) {
            case BOOLEAN:
                return row + ".getBoolean(" + index + ")";
            case FLOAT:
            case REAL:
            case DOUBLE:
                return row + ".getDouble(" + index + ")";
            default:
                return row + ".getLong(" + index + ")";
        }
    }

    /**
     * CASE as if/else blocks, so a branch not taken is not evaluated (it may divide by zero). Rows read inside a
     * block are out of scope after it, so the cache of rows is restored when a block ends.
     */
    private Value caseWhen(RexCall call) {
        String type = javaType(call.getType());
        String value = prefix + variables++;
        String isNull = prefix + variables++;
        code.append("    ").append(type).append(' ').append(value).append(";\n    boolean ").append(isNull).append(";\n");
        int blocks = 0;
        int operands = call.getOperands().size();
        Map<String, String> afterCase = null;
        for (int i = 0; i + 1 < operands; i += 2) {
            Value when = emit(call.getOperands().get(i));
            if (afterCase == null) {
                // Only the first condition is evaluated outside every block.
                afterCase = new HashMap<>(rows);
            }
            code.append("    if (!(").append(when.isNull()).append(") && ").append(when.value()).append(") {\n");
            Map<String, String> thisLevel = new HashMap<>(rows);
            assign(call.getOperands().get(i + 1), type, value, isNull);
            rows = thisLevel;
            code.append("    } else {\n");
            blocks++;
        }
        assign(call.getOperands().get(operands - 1), type, value, isNull);
        code.append("    }\n".repeat(blocks));
        rows = afterCase;
        return new Value(isNull, value);
    }

    private void assign(RexNode branch, String type, String value, String isNull) {
        Value v = emit(branch);
        code.append("    ").append(isNull).append(" = ").append(v.isNull()).append(";\n    ").append(value).append(" = ")
                .append(v.isNull().equals("false") ? v.value() : v.isNull() + " ? " + zero(type) + " : " + v.value())
                .append(";\n");
    }

    /** A typed zero: Janino loads an untyped {@code 0} of a folded {@code true ? 0 : x} as an int into a long. */
    private static String zero(String javaType) {
        return javaType.equals("boolean") ? "false" : javaType.equals("double") ? "0.0d" : "0L";
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
        String zero = zero(type);
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
