package io.weir.runtime.internal.task;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorSpec;
import io.weir.runtime.operator.Output;
import java.util.List;

/**
 * The operators of one subtask, each calling the next directly. Opens them from the last to the first, so an
 * operator's downstream is ready before it emits; finishes them from the first to the last, so what an operator emits
 * in {@code finish} is processed by the next one before that one finishes; closes every operator made, in any case.
 */
final class OperatorChain {
    private final Operator[] operators;
    private final Output[] outputs;
    private Output head;

    OperatorChain(int length) {
        this.operators = new Operator[length];
        this.outputs = new Output[length];
    }

    /**
     * Makes an instance of each operator and links them, the last one to {@code tail}. Operators made before a
     * factory fails are kept, so {@link #close} reaches them.
     */
    void instantiate(List<OperatorSpec> specs, Output tail) {
        for (int i = 0; i < operators.length; i++) {
            OperatorSpec spec = specs.get(i);
            Operator operator = spec.factory().get();
            if (operator == null) {
                throw new IllegalStateException("the factory of operator '" + spec.name() + "' returned null");
            }
            operators[i] = operator;
        }
        Output next = tail;
        for (int i = operators.length - 1; i >= 0; i--) {
            outputs[i] = next;
            next = new ChainedOutput(operators[i], next);
        }
        head = next;
    }

    /** Where the task's input goes: the first operator, or the tail if the chain is empty. */
    Output head() {
        return head;
    }

    void open(TaskOperatorContext context) throws Exception {
        for (int i = operators.length - 1; i >= 0; i--) {
            operators[i].open(context);
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
