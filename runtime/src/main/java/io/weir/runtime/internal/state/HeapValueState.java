package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ValueState;

/** A {@link ValueState} on the heap: the key's row itself is the map's value. */
final class HeapValueState extends HeapState implements ValueState {
    HeapValueState(KeyedStateBackend backend, StateDescriptor descriptor) {
        super(backend, descriptor);
    }

    @Override
    public StateKind kind() {
        return StateKind.VALUE;
    }

    @Override
    Object copyValue(Object value) {
        return copyRow((Row) value);
    }

    @Override
    public Row value() {
        return (Row) current();
    }

    @Override
    public void update(Row value) {
        if (value == null) {
            removeCurrent();
        } else {
            setCurrent(value);
        }
    }

    @Override
    public void clear() {
        removeCurrent();
    }
}
