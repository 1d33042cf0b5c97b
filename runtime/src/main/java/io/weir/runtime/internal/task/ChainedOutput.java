package io.weir.runtime.internal.task;

import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * The output of operator k of a chain: a direct call of operator k+1, with that operator's own output. For a keyed
 * operator it first sets the row's key as the current key; before passing on a watermark it fires the operator's
 * event-time timers the watermark reached. Watermarks that do not advance are dropped, so each operator sees a
 * strictly increasing sequence.
 */
final class ChainedOutput implements Output {
    private final Operator operator;
    private final Output next;
    private final KeyedStateBackend state;
    private final HeapTimerService timers;
    /** Counts the rows the operator receives. */
    private final Counter received;
    /** The operator's watermark: written by the task's thread, read by monitoring. */
    private volatile long watermark = Long.MIN_VALUE;

    ChainedOutput(Operator operator, Output next, KeyedStateBackend state, HeapTimerService timers, Counter received) {
        this.operator = operator;
        this.next = next;
        this.state = state;
        this.timers = timers;
        this.received = received;
    }

    @Override
    public void emit(ChangeKind kind, Row row) {
        state.setCurrentKeyOf(row);
        received.inc();
        try {
            operator.process(kind, row, next);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChainedException(e);
        }
    }

    /** The last watermark the operator received; {@code Long.MIN_VALUE} before the first. Any thread. */
    long currentWatermark() {
        return watermark;
    }

    @Override
    public void watermark(long value) {
        if (value <= watermark) {
            return;
        }
        watermark = value;
        try {
            timers.advanceWatermark(value, operator, next);
            operator.watermark(value, next);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChainedException(e);
        }
    }
}
