package io.weir.planner;

import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.type.SqlTypeCoercionRule;
import org.apache.calcite.sql.type.SqlTypeName;

/** The explicit casts Flink allows beyond Calcite's: BOOLEAN to and from every number. */
final class CastRules {
    static final SqlTypeCoercionRule INSTANCE = create();

    private CastRules() {
    }

    private static SqlTypeCoercionRule create() {
        Set<SqlTypeName> numbers = Set.of(SqlTypeName.TINYINT, SqlTypeName.SMALLINT, SqlTypeName.INTEGER,
                SqlTypeName.BIGINT, SqlTypeName.DECIMAL, SqlTypeName.FLOAT, SqlTypeName.REAL, SqlTypeName.DOUBLE);
        // The map is keyed by the target type and holds the types that may be cast to it.
        Map<SqlTypeName, ImmutableSet<SqlTypeName>> rules = new HashMap<>(SqlTypeCoercionRule.instance().getTypeMapping());
        for (SqlTypeName number : numbers) {
            rules.put(number, ImmutableSet.<SqlTypeName>builder().addAll(rules.get(number)).add(SqlTypeName.BOOLEAN).build());
        }
        rules.put(SqlTypeName.BOOLEAN, ImmutableSet.<SqlTypeName>builder().addAll(rules.get(SqlTypeName.BOOLEAN))
                .addAll(numbers).build());
        return SqlTypeCoercionRule.instance(rules);
    }
}
