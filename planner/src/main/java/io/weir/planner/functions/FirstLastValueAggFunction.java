package io.weir.planner.functions;

import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeTransforms;
import org.apache.calcite.util.Optionality;

/**
 * {@code FIRST_VALUE(x)} or {@code LAST_VALUE(x)} as Flink has them: aggregate functions usable in GROUP BY and
 * window aggregations, not only with OVER as Calcite's standard ones. The result has the argument's type, nullable.
 */
final class FirstLastValueAggFunction extends SqlAggFunction {
    FirstLastValueAggFunction(SqlKind kind) {
        super(kind.name(), null, kind, ReturnTypes.ARG0.andThen(SqlTypeTransforms.FORCE_NULLABLE), null, OperandTypes.ANY,
                SqlFunctionCategory.NUMERIC, false, false, Optionality.FORBIDDEN);
    }

    @Override
    public boolean allowsNullTreatment() {
        return true;
    }
}
