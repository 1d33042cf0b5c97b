package io.weir.runtime.internal.task;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.Output;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/**
 * The output of operator k of a chain: a direct call of operator k+1, with that operator's own output.
 * Watermarks that do not advance are dropped, so each operator sees a strictly increasing sequence.
 */
final class ChainedOutput implements Output {
    private final Operator operator;
    private final Output next;
    private long watermark = Long.MIN_VALUE;

    ChainedOutput(Operator operator, Output next) {
        this.operator = operator;
        this.next = next;
    }

    @Override
    public void emit(ChangeKind kind, Row row) {
        try {
            operator.process(kind, row, next);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChainedException(e);
        }
    }

    @Override
    public void watermark(long value) {
        if (value <= watermark) {
            return;
        }
        watermark = value;
        try {
            operator.watermark(value, next);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChainedException(e);
        }
    }
}
