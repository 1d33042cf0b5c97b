package io.weir.planner;

import io.weir.planner.codegen.CalcCompiler;
import io.weir.runtime.row.Row;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutor;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.TimeString;
import org.apache.calcite.util.TimestampString;

/**
 * Folds constant expressions at planning time with the same generated code that evaluates them per row, so a
 * folded expression has Flink's semantics as Weir runs them. An expression that fails (a CAST of a bad literal,
 * a division by zero) is left as it is, so it fails the job at run time with its data error, as in Flink.
 */
final class SafeRexExecutor implements RexExecutor {
    private final JavaTypeFactory typeFactory;
    private final ZoneId timeZone;

    SafeRexExecutor(JavaTypeFactory typeFactory, ZoneId timeZone) {
        this.typeFactory = typeFactory;
        this.timeZone = timeZone;
    }

    @Override
    public void reduce(RexBuilder rexBuilder, List<RexNode> constExps, List<RexNode> reducedValues) {
        List<RexNode> folded = fold(rexBuilder, constExps);
        if (folded == null) {
            // One of them fails: fold the others one at a time.
            folded = new ArrayList<>();
            for (RexNode expression : constExps) {
                List<RexNode> one = fold(rexBuilder, List.of(expression));
                folded.add(one == null ? expression : one.get(0));
            }
        }
        reducedValues.addAll(folded);
    }

    /** The expressions' values as literals (an expression whose type has no literal stays); null if one fails. */
    private List<RexNode> fold(RexBuilder rexBuilder, List<RexNode> expressions) {
        RelDataType noInput = typeFactory.createStructType(List.of(), List.of());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            names.add("c" + i);
        }
        Row out = new Row(expressions.size());
        try {
            RexProgram program = RexProgram.create(noInput, expressions, null, names, rexBuilder);
            new CalcCompiler(typeFactory, timeZone).compile(program, true).get().apply(new Row(0), out);
        } catch (RuntimeException e) {
            return null;
        }
        List<RexNode> literals = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            RexNode literal = literal(rexBuilder, out, i, expressions.get(i).getType());
            literals.add(literal == null ? expressions.get(i) : literal);
        }
        return Collections.unmodifiableList(literals);
    }

    /** Field {@code i} of the row as a literal of {@code type}, or null if Weir does not fold that type. */
    private static RexNode literal(RexBuilder rexBuilder, Row row, int i, RelDataType type) {
        if (row.isNullAt(i)) {
            return rexBuilder.makeNullLiteral(type);
        }
        switch (type.getSqlTypeName()) {
            case BOOLEAN:
                return rexBuilder.makeLiteral(row.getBoolean(i));
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return rexBuilder.makeExactLiteral(BigDecimal.valueOf(row.getLong(i)), type);
            case DECIMAL:
                return rexBuilder.makeExactLiteral((BigDecimal) row.getObject(i), type);
            case FLOAT:
            case REAL:
            case DOUBLE: {
                double value = row.getDouble(i);
                return Double.isFinite(value) ? rexBuilder.makeApproxLiteral(BigDecimal.valueOf(value), type) : null;
            }
            case CHAR:
            case VARCHAR:
                return rexBuilder.makeLiteral(row.getString(i), type, false);
            case BINARY:
            case VARBINARY:
                return rexBuilder.makeLiteral(new ByteString((byte[]) row.getObject(i)), type, false);
            case DATE:
                return rexBuilder.makeDateLiteral(DateString.fromDaysSinceEpoch((int) row.getLong(i)));
            case TIME:
                return rexBuilder.makeTimeLiteral(TimeString.fromMillisOfDay((int) row.getLong(i)), type.getPrecision());
            case TIMESTAMP:
                return rexBuilder.makeTimestampLiteral(TimestampString.fromMillisSinceEpoch(row.getLong(i)),
                        type.getPrecision());
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return rexBuilder.makeTimestampWithLocalTimeZoneLiteral(
                        TimestampString.fromMillisSinceEpoch(row.getLong(i)), type.getPrecision());
            default:
                return null;
        }
    }
}
