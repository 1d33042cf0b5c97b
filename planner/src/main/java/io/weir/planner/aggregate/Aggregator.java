package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;

/**
 * The aggregate functions of one aggregation (e.g. {@code COUNT(*), SUM(price) FILTER (WHERE ...), MAX(ts)}) over one
 * accumulator row per group: built once per query, shared by the group and window aggregation operators.
 *
 * <p>The accumulator is a {@link Row} of {@link #accumulatorType()}, so keyed state can hold it and a checkpoint can
 * write it as typed columns. Methods are called by one task thread at a time; an instance holds no per-group data.
 */
public interface Aggregator {
    /** The accumulator's fields, e.g. {@code (count BIGINT, sum DECIMAL(38, 2), ...)}. */
    RowType accumulatorType();

    /** The type of the aggregate results, one field per aggregate call. */
    RowType resultType();

    /** Sets {@code accumulator} to the empty aggregation. */
    void reset(Row accumulator);

    /** Adds an input row ({@code +I} or {@code +U}) to the accumulator. */
    void accumulate(Row accumulator, Row input);

    /**
     * Removes an input row ({@code -U} or {@code -D}) from the accumulator. Only called when {@link #canRetract()};
     * MIN, MAX, FIRST_VALUE and LAST_VALUE keep what they need to retract (e.g. counts per value) in the accumulator.
     */
    void retract(Row accumulator, Row input);

    /** Whether {@link #retract} is supported by every aggregate function of this aggregator. */
    boolean canRetract();

    /** Adds {@code other} into {@code accumulator}, as when two session windows merge. */
    void merge(Row accumulator, Row other);

    /** The number of input rows the accumulator holds (accumulated minus retracted), to know when a group is empty. */
    long rowCount(Row accumulator);

    /** Writes the aggregate results into {@code target} at {@code offset}, {@code offset + 1}, .... */
    void writeResults(Row accumulator, Row target, int offset);
}
