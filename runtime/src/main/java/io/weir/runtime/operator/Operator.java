package io.weir.runtime.operator;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * A step of a dataflow that turns input changes into output changes.
 *
 * <p>Threading: one instance per subtask, called by that subtask's thread only, never concurrently.
 * Call order: {@link #open} once, then {@link #process}, {@link #watermark} and {@link #onTimer} in the order of the
 * input and of time, then {@link #finish} once if the input ends (a bounded job), then {@link #close} once in every
 * case, also after a failure or cancellation. A keyed operator's current key is set before each {@code process} and
 * {@code onTimer}.
 */
public interface Operator {
    default void open(OperatorContext context) throws Exception {
    }

    void process(ChangeKind kind, Row row, Output out) throws Exception;

    /** The input's watermark advanced; the default forwards it. */
    default void watermark(long watermark, Output out) throws Exception {
        out.watermark(watermark);
    }

    /**
     * A timer registered through {@link OperatorContext#timers()} fired; the timer's key is the current key.
     * Event-time timers fire before the watermark that reached them is passed to {@link #watermark}.
     */
    default void onTimer(long timestamp, TimeDomain domain, Output out) throws Exception {
    }

    /** The input has ended: emit what is still held. */
    default void finish(Output out) throws Exception {
    }

    default void close() throws Exception {
    }
}
