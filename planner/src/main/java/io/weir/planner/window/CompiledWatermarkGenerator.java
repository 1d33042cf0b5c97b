package io.weir.planner.window;

import io.weir.planner.codegen.CalcProgram;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.WatermarkGenerator;
import java.util.function.Supplier;

/**
 * The watermark of a table's {@code WATERMARK FOR ts AS expr} clause, computed by a compiled program that projects
 * {@code expr} from the source's row. Source subtasks share the instance: each thread gets its own program and row.
 */
public final class CompiledWatermarkGenerator implements WatermarkGenerator {
    private final ThreadLocal<Evaluation> evaluations;
    private final String description;

    public CompiledWatermarkGenerator(Supplier<CalcProgram> program, String description) {
        this.evaluations = ThreadLocal.withInitial(() -> new Evaluation(program.get()));
        this.description = description;
    }

    @Override
    public long watermarkOf(Row row) {
        Evaluation evaluation = evaluations.get();
        evaluation.program.apply(row, evaluation.out);
        return evaluation.out.isNullAt(0) ? Long.MIN_VALUE : evaluation.out.getLong(0);
    }

    @Override
    public String toString() {
        return description;
    }

    private static final class Evaluation {
        final CalcProgram program;
        final Row out = new Row(1);

        Evaluation(CalcProgram program) {
            this.program = program;
        }
    }
}
