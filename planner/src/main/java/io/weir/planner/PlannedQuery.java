package io.weir.planner;

import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.type.RowType;
import java.util.Objects;
import java.util.function.Function;

/**
 * A planned query or INSERT.
 *
 * @param resultType the columns of the result (for an INSERT, the target's columns)
 * @param updating whether the result is a changelog with {@code -U}, {@code +U} or {@code -D}, not only inserts
 * @param bounded whether every source ends, so the job finishes
 * @param dataflow makes the job's dataflow; for a query, given the sink that collects the result
 *     (for an INSERT the argument is ignored: the target table's sink is in the plan)
 */
public record PlannedQuery(RowType resultType, boolean updating, boolean bounded, Function<Sink, Dataflow> dataflow) {
    public PlannedQuery {
        Objects.requireNonNull(resultType, "resultType");
        Objects.requireNonNull(dataflow, "dataflow");
    }
}
