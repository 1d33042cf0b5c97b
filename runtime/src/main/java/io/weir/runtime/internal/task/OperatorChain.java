package io.weir.runtime.internal.task;

import io.weir.runtime.internal.metrics.JobMetrics;
import io.weir.runtime.internal.state.HeapTimerService;
import io.weir.runtime.internal.state.KeyedStateBackend;
import io.weir.runtime.operator.Counter;
import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.type.RowType;
import java.time.InstantSource;
import java.util.List;

/**
 * The operators of one subtask, each calling the next directly, each with its own state backend and timers. Opens
 * them from the last to the first, so an operator's downstream is ready before it emits; finishes them from the first
 * to the last, so what an operator emits in {@code finish} is processed by the next one before that one finishes;
 * closes every operator made, in any case.
 */
final class OperatorChain {
    private final Operator[] operators;
    private final Output[] outputs;
    private final KeyedStateBackend[] states;
    private final HeapTimerService[] timers;
    private final ChainedOperatorContext[] contexts;
    private Output head;

    OperatorChain(int length) {
        this.operators = new Operator[length];
        this.outputs = new Output[length];
        this.states = new KeyedStateBackend[length];
        this.timers = new HeapTimerService[length];
        this.contexts = new ChainedOperatorContext[length];
    }

    /**
     * Makes an instance of each operator, its state and timers, and links them, the last one to {@code tail}.
     * Operators made before a factory fails are kept, so {@link #close} reaches them.
     *
     * @param inputType the type of the chain's input rows, which key the first operator if it is keyed
     */
    void instantiate(List<OperatorSpec> specs, Output tail, TaskOperatorContext task, RowType inputType,
            int maxParallelism, InstantSource clock, JobMetrics metrics) {
        for (int i = 0; i < operators.length; i++) {
            OperatorSpec spec = specs.get(i);
            Operator operator = spec.factory().get();
            if (operator == null) {
                throw new IllegalStateException("the factory of operator '" + spec.name() + "' returned null");
            }
            operators[i] = operator;
            states[i] = spec.isKeyed()
                    ? KeyedStateBackend.keyed(spec.name(), inputType, spec.keyFields(), maxParallelism,
                            task.subtaskIndex(), task.parallelism())
                    : KeyedStateBackend.unkeyed(spec.name(), maxParallelism);
            timers[i] = new HeapTimerService(states[i], clock);
            contexts[i] = new ChainedOperatorContext(task.jobId(), task.taskName(), task.subtaskIndex(),
                    task.parallelism(), states[i], timers[i], metrics, task.metricPrefix() + spec.name() + ".");
        }
        Output next = tail;
        for (int i = operators.length - 1; i >= 0; i--) {
            outputs[i] = next;
            Counter received = operators[i] instanceof SinkOperator
                    ? metrics.counter(task.metricPrefix() + specs.get(i).name() + ".records.out")
                    : null;
            next = new ChainedOutput(operators[i], next, states[i], timers[i], received);
        }
        head = next;
    }

    /** Where the task's input goes: the first operator, or the tail if the chain is empty. */
    Output head() {
        return head;
    }

    void open() throws Exception {
        for (int i = operators.length - 1; i >= 0; i--) {
            operators[i].open(contexts[i]);
        }
    }

    /** The earliest processing-time timer of any operator, or {@code Long.MAX_VALUE} if none. */
    long nextProcessingTime() {
        long next = Long.MAX_VALUE;
        for (HeapTimerService service : timers) {
            long t = service.nextProcessingTime();
            if (t < next) {
                next = t;
            }
        }
        return next;
    }

    /** Fires every processing-time timer at or before {@code now}, operator by operator from the first. */
    void fireProcessingTimers(long now) throws Exception {
        for (int i = 0; i < operators.length; i++) {
            timers[i].fireProcessingTimers(now, operators[i], outputs[i]);
        }
    }

    void finish() throws Exception {
        for (int i = 0; i < operators.length; i++) {
            operators[i].finish(outputs[i]);
        }
    }

    /** Closes every operator made; returns the first exception, or {@code null}, after trying them all. */
    Throwable close() {
        Throwable first = null;
        for (Operator operator : operators) {
            if (operator == null) {
                continue;
            }
            try {
                operator.close();
            } catch (Throwable t) {
                if (first == null) {
                    first = t;
                }
            }
        }
        return first;
    }
}
