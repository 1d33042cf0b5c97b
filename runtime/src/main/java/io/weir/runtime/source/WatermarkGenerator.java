package io.weir.runtime.source;

import io.weir.runtime.row.Row;

/**
 * The watermark a source row allows, compiled by the planner from a table's {@code WATERMARK FOR ts AS ...} clause.
 * The source task keeps the greatest candidate per split and emits it as a watermark after each poll in which it
 * advanced. Called by the source task's thread for every row: must not allocate.
 */
@FunctionalInterface
public interface WatermarkGenerator {
    /** The row's watermark candidate in milliseconds, e.g. {@code ts - 5000}; {@code Long.MIN_VALUE} when NULL. */
    long watermarkOf(Row row);
}
