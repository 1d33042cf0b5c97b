package io.weir.planner.codegen;

import io.weir.planner.PlannerErrors;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.Row;

/** A condition compiled to bytecode, pushed into a source; stateless, so readers share it. */
public final class CompiledPredicate implements RowPredicate {
    private final CalcProgram program;
    private final String description;

    public CompiledPredicate(CalcProgram program, String description) {
        this.program = program;
        this.description = description;
    }

    @Override
    public boolean test(Row row) {
        try {
            return program.apply(row, null);
        } catch (RuntimeException e) {
            throw PlannerErrors.expressionFailed(description, e);
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
