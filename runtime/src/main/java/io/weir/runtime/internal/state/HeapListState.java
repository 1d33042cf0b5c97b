package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link ListState} on the heap: an array list of rows per key, dropped when it becomes empty. */
final class HeapListState extends HeapState implements ListState {
    HeapListState(KeyedStateBackend backend, StateDescriptor descriptor) {
        super(backend, descriptor);
    }

    @SuppressWarnings("unchecked")
    private ArrayList<Row> list() {
        return (ArrayList<Row>) current();
    }

    @Override
    public StateKind kind() {
        return StateKind.LIST;
    }

    @Override
    public void add(Row value) {
        ArrayList<Row> list = list();
        if (list == null) {
            list = new ArrayList<>(4);
            setCurrent(list);
        }
        list.add(value);
    }

    @Override
    public Iterable<Row> get() {
        ArrayList<Row> list = list();
        return list == null ? Collections.emptyList() : list;
    }

    @Override
    public void update(List<Row> values) {
        if (values.isEmpty()) {
            removeCurrent();
        } else {
            setCurrent(new ArrayList<>(values));
        }
    }

    @Override
    public void clear() {
        removeCurrent();
    }
}
