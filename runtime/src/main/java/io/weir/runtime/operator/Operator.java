package io.weir.runtime.operator;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * A step of a dataflow that turns input changes into output changes.
 *
 * <p>Threading: one instance per subtask, called by that subtask's thread only, never concurrently.
 * Call order: {@link #open} once, then {@link #process} and {@link #watermark} in the order of the input,
 * then {@link #finish} once if the input ends (a bounded job), then {@link #close} once in every case,
 * also after a failure or cancellation.
 */
public interface Operator {
    default void open(OperatorContext context) throws Exception {
    }

    void process(ChangeKind kind, Row row, Output out) throws Exception;

    /** The input's watermark advanced; the default forwards it. */
    default void watermark(long watermark, Output out) throws Exception {
        out.watermark(watermark);
    }

    /** The input has ended: emit what is still held. */
    default void finish(Output out) throws Exception {
    }

    default void close() throws Exception {
    }
}
