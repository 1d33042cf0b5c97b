package io.weir.runtime.internal.state;

import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@link StateTable}s of a keyed operator's states and timers: their names, kinds and columns. See
 * {@link StateSnapshots} for the layout.
 */
final class StateTables {
    static final String EVENT_TIME_TIMERS = "timers.event";
    static final String PROCESSING_TIME_TIMERS = "timers.processing";
    static final String KEY_GROUP = "key_group";
    static final String ELEMENT_INDEX = "element_index";
    static final String TIMESTAMP = "timestamp";

    private StateTables() {
    }

    /** The table of {@code state} of the operator {@code operatorUid} keyed on {@code keyType}. */
    static StateTable of(String operatorUid, HeapState state, RowType keyType) {
        StateDescriptor descriptor = state.descriptor();
        Columns columns = new Columns(keyType);
        if (state.kind() == StateKind.MAP) {
            columns.addAll(descriptor.mapKeyType());
        } else if (state.kind() == StateKind.LIST) {
            columns.add(ELEMENT_INDEX, notNull(TypeRoot.INTEGER));
        }
        columns.addAll(descriptor.valueType());
        return new StateTable(operatorUid, descriptor.name(), state.kind(), columns.rowType());
    }

    /** The table of the timers of one time domain ({@code kind}) of the operator {@code operatorUid}. */
    static StateTable timers(String operatorUid, StateKind kind, RowType keyType) {
        Columns columns = new Columns(keyType);
        columns.add(TIMESTAMP, notNull(TypeRoot.BIGINT));
        String name = kind == StateKind.EVENT_TIME_TIMERS ? EVENT_TIME_TIMERS : PROCESSING_TIME_TIMERS;
        return new StateTable(operatorUid, name, kind, columns.rowType());
    }

    /**
     * Whether two schemas have the same column names (ignoring case) and types (ignoring nullability, which a
     * file format may not keep exactly).
     */
    static boolean sameColumns(RowType a, RowType b) {
        if (a.arity() != b.arity()) {
            return false;
        }
        for (int i = 0; i < a.arity(); i++) {
            if (!a.name(i).equalsIgnoreCase(b.name(i)) || !a.type(i).typeName().equals(b.type(i).typeName())) {
                return false;
            }
        }
        return true;
    }

    private static DataType notNull(TypeRoot root) {
        return DataType.of(root).withNullable(false);
    }

    /** Columns named uniquely, ignoring case: a name already taken gets {@code _1}, {@code _2}, … appended. */
    private static final class Columns {
        private final List<DataType.Field> fields = new ArrayList<>();
        private final Set<String> taken = new HashSet<>();

        Columns(RowType keyType) {
            add(KEY_GROUP, notNull(TypeRoot.INTEGER));
            addAll(keyType);
        }

        void addAll(RowType type) {
            for (DataType.Field field : type.fields()) {
                add(field.name(), field.type());
            }
        }

        void add(String name, DataType type) {
            String unique = name;
            for (int n = 1; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + "_" + n;
            }
            fields.add(new DataType.Field(unique, type));
        }

        RowType rowType() {
            return new RowType(fields);
        }
    }
}
