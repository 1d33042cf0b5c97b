package io.weir.planner;

import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's expression builder, except that it leaves the casts of literals whose result Flink defines
 * differently (2.7 to INT is 2, 300 to TINYINT is 44, TRUE to INT is 1) as casts, for Weir's constant folding.
 */
final class WeirRexBuilder extends RexBuilder {
    private static final Set<SqlTypeName> NUMBERS = Set.of(SqlTypeName.TINYINT, SqlTypeName.SMALLINT,
            SqlTypeName.INTEGER, SqlTypeName.BIGINT, SqlTypeName.DECIMAL, SqlTypeName.FLOAT, SqlTypeName.REAL,
            SqlTypeName.DOUBLE);
    private static final Set<SqlTypeName> CAST_BY_WEIR_FROM = Set.of(SqlTypeName.DECIMAL, SqlTypeName.FLOAT,
            SqlTypeName.REAL, SqlTypeName.DOUBLE, SqlTypeName.BOOLEAN, SqlTypeName.CHAR, SqlTypeName.VARCHAR);

    WeirRexBuilder(RelDataTypeFactory typeFactory) {
        super(typeFactory);
    }

    @Override
    public RexNode makeCast(SqlParserPos pos, RelDataType type, RexNode exp, boolean matchNullability, boolean safe,
            RexLiteral format) {
        if (exp instanceof RexLiteral && !((RexLiteral) exp).isNull() && castByWeir(exp.getType(), type)) {
            return makeAbstractCast(pos, type, exp, safe, format);
        }
        return super.makeCast(pos, type, exp, matchNullability, safe, format);
    }

    private static boolean castByWeir(RelDataType from, RelDataType to) {
        SqlTypeName source = from.getSqlTypeName();
        SqlTypeName target = to.getSqlTypeName();
        if (source == target || !NUMBERS.contains(target) && target != SqlTypeName.BOOLEAN) {
            return false;
        }
        if (CAST_BY_WEIR_FROM.contains(source)) {
            return true;
        }
        // Integers narrow without an overflow check.
        return NUMBERS.contains(source) && source.ordinal() > target.ordinal() && target != SqlTypeName.DECIMAL;
    }
}
