package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.state.ListState;
import java.util.ArrayList;
import java.util.List;

/** A {@link ListState} on the heap: an array list of rows per key, dropped when it becomes empty. */
final class HeapListState extends HeapState implements ListState {
    /**
     * What {@link #get} returns for a key without rows, never modified. An ArrayList like every key's own list, so that
     * the caller's loop sees one iterator class and the JIT can scalar-replace the iterator (with an empty list of
     * another class, every window aggregation row allocated one: 12 % of the Nexmark HOP query's allocation).
     */
    private static final ArrayList<Row> NO_ROWS = new ArrayList<>(0);

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
    Object copyValue(Object value) {
        @SuppressWarnings("unchecked")
        ArrayList<Row> list = (ArrayList<Row>) value;
        ArrayList<Row> copy = new ArrayList<>(Math.max(4, list.size() + 1));
        for (int i = 0; i < list.size(); i++) {
            copy.add(copyRow(list.get(i)));
        }
        return copy;
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
        return list == null ? NO_ROWS : list;
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
