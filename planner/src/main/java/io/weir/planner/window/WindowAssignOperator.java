package io.weir.planner.window;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.TimerService;

/**
 * The body of a window TVF read without aggregation: emits each row once per window it falls in, with
 * {@code window_start}, {@code window_end} and {@code window_time} appended. Stateless; SESSION windows need the
 * rows that follow and are only assigned by a window aggregation.
 */
public final class WindowAssignOperator implements Operator {
    private final WindowSpec spec;
    private final int inputArity;
    private final Row out;
    private TimerService timers;

    public WindowAssignOperator(WindowSpec spec, int inputArity) {
        if (spec.kind() == WindowKind.SESSION) {
            throw new IllegalArgumentException("session windows are assigned by the window aggregate");
        }
        this.spec = spec;
        this.inputArity = inputArity;
        this.out = new Row(inputArity + 3);
    }

    @Override
    public void open(OperatorContext context) {
        timers = context.timers();
    }

    @Override
    public void process(ChangeKind kind, Row row, Output output) {
        long timestamp;
        if (spec.domain() == TimeDomain.PROCESSING_TIME) {
            timestamp = timers.currentProcessingTime();
        } else if (row.isNullAt(spec.timeField())) {
            return;
        } else {
            timestamp = row.getLong(spec.timeField());
        }
        for (int i = 0; i < inputArity; i++) {
            row.copyField(i, out, i);
        }
        switch (spec.kind()) {
            case TUMBLE: {
                long start = WindowSpec.alignedStart(timestamp, spec.offsetMillis(), spec.sizeMillis());
                emit(kind, start, start + spec.sizeMillis(), output);
                break;
            }
            case HOP: {
                long lastStart = WindowSpec.alignedStart(timestamp, spec.offsetMillis(), spec.stepMillis());
                long first = lastStart;
                while (first - spec.stepMillis() > timestamp - spec.sizeMillis()) {
                    first -= spec.stepMillis();
                }
                for (long start = first; start <= lastStart; start += spec.stepMillis()) {
                    emit(kind, start, start + spec.sizeMillis(), output);
                }
                break;
            }
            default: {
                long start = WindowSpec.alignedStart(timestamp, spec.offsetMillis(), spec.sizeMillis());
                for (long end = start + spec.stepMillis(); end <= start + spec.sizeMillis(); end += spec.stepMillis()) {
                    if (timestamp < end) {
                        emit(kind, start, end, output);
                    }
                }
                break;
            }
        }
    }

    private void emit(ChangeKind kind, long start, long end, Output output) {
        out.setLong(inputArity, start);
        out.setLong(inputArity + 1, end);
        out.setLong(inputArity + 2, end - 1);
        output.emit(kind, out);
    }

}
