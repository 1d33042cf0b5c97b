package io.weir.session;

import io.weir.runtime.job.Job;
import io.weir.runtime.job.OperatorMetrics;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;

/**
 * The live figures of a job's sources and operators as a table, one row per operator in the order of the dataflow:
 * the columns of {@link #COLUMNS}, for a system table and any other tabular view of running jobs.
 */
public final class JobOperators {
    /**
     * {@code job_id, vertex, operator, uid, parallelism, records_in, records_out, records_in_per_second,
     * records_out_per_second, back_pressure} (the share of the last second the busiest subtask was blocked on a full
     * output channel, 0 to 1), {@code back_pressured} (above one half), {@code watermark} (NULL before the first and
     * once every input ended), {@code inputs_ended}, and for keyed operators {@code state_rows} and the estimated
     * {@code state_bytes} (NULL for the others).
     */
    public static final RowType COLUMNS = columns();

    private JobOperators() {
    }

    /** The figures of every source and operator of {@code job} now; see {@link Job#operators()}. */
    public static StatementResult.Table of(Job job) {
        List<Row> rows = new ArrayList<>();
        for (OperatorMetrics operator : job.operators()) {
            rows.add(row(job.id(), operator));
        }
        return new StatementResult.Table(COLUMNS, rows);
    }

    /** One row of {@link #COLUMNS}. */
    static Row row(String jobId, OperatorMetrics o) {
        long watermark = o.watermark();
        boolean known = watermark != Long.MIN_VALUE && watermark != Long.MAX_VALUE;
        return Row.of(jobId, o.vertexName(), o.operatorName(), o.uid(), o.parallelism(), o.recordsIn(),
                o.recordsOut(), o.recordsInPerSecond(), o.recordsOutPerSecond(), o.backPressure(), o.backPressured(),
                known ? watermark : null, watermark == Long.MAX_VALUE,
                o.keyedState() ? o.stateRows() : null, o.keyedState() ? o.stateBytes() : null);
    }

    private static RowType columns() {
        DataType string = DataType.string().withNullable(false);
        DataType bigint = DataType.of(TypeRoot.BIGINT).withNullable(false);
        DataType number = DataType.of(TypeRoot.DOUBLE).withNullable(false);
        DataType bool = DataType.of(TypeRoot.BOOLEAN).withNullable(false);
        return RowType.of(List.of("job_id", "vertex", "operator", "uid", "parallelism", "records_in", "records_out",
                "records_in_per_second", "records_out_per_second", "back_pressure", "back_pressured", "watermark",
                "inputs_ended", "state_rows", "state_bytes"),
                List.of(string, string, string, string, DataType.of(TypeRoot.INTEGER).withNullable(false), bigint,
                        bigint, number, number, number, bool, DataType.of(TypeRoot.TIMESTAMP_LTZ, 3), bool,
                        DataType.of(TypeRoot.BIGINT), DataType.of(TypeRoot.BIGINT)));
    }
}
