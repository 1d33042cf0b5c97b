package io.weir.runtime.internal.state;

import io.weir.runtime.row.Row;
import io.weir.runtime.state.EncodableValue;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;

/**
 * Copies the fields of rows of one type into a range of columns of a state table's rows and back, by slot, so the
 * copy shares nothing an operator may change: nested rows are copied, an {@link EncodableValue} in a BYTES field is
 * encoded, while strings, decimals and byte arrays, which Weir never modifies in place, are shared. Checks that each
 * object slot holds the Java class its SQL type stands for, since a snapshot can write nothing else. Immutable.
 */
final class RowCopier {
    private static final byte PRIMITIVE = 0;
    private static final byte STRING = 1;
    private static final byte DECIMAL = 2;
    private static final byte BYTES = 3;
    private static final byte NESTED_ROW = 4;

    private final RowType type;
    private final byte[] kinds;
    private final RowCopier[] nested;

    private RowCopier(RowType type) {
        this.type = type;
        this.kinds = new byte[type.arity()];
        this.nested = new RowCopier[type.arity()];
        for (int i = 0; i < kinds.length; i++) {
            DataType fieldType = type.type(i);
            kinds[i] = kindOf(fieldType.root());
            if (fieldType.root() == TypeRoot.ROW) {
                nested[i] = new RowCopier(new RowType(fieldType.fields()));
            }
        }
    }

    static RowCopier of(RowType type) {
        return new RowCopier(type);
    }

    private static byte kindOf(TypeRoot root) {
        switch (root) {
            case CHAR:
            case VARCHAR:
                return STRING;
            case DECIMAL:
                return DECIMAL;
            case BINARY:
            case VARBINARY:
                return BYTES;
            case ROW:
                return NESTED_ROW;
            default:
                return PRIMITIVE;
        }
    }

    int arity() {
        return kinds.length;
    }

    /**
     * Copies every field of {@code source} into the fields of {@code target} from {@code offset} on. Returns
     * {@code false}, leaving {@code target} partly written, if a field holds what its type cannot (see
     * {@link #mismatch}).
     */
    boolean copyOut(Row source, Row target, int offset) {
        for (int i = 0; i < kinds.length; i++) {
            int to = offset + i;
            if (source.isNullAt(i)) {
                target.setNull(to);
                continue;
            }
            Object object = source.getObject(i);
            switch (kinds[i]) {
                case PRIMITIVE:
                    if (object != null) {
                        return false;
                    }
                    target.setLong(to, source.getLong(i));
                    break;
                case STRING:
                    if (!(object instanceof String)) {
                        return false;
                    }
                    target.setObject(to, object);
                    break;
                case DECIMAL:
                    if (!(object instanceof BigDecimal)) {
                        return false;
                    }
                    target.setObject(to, object);
                    break;
                case BYTES:
                    if (object instanceof byte[]) {
                        target.setObject(to, object);
                    } else if (object instanceof EncodableValue) {
                        // The structure changes in place as the operator goes on: its bytes are the copy.
                        target.setObject(to, ((EncodableValue) object).encode());
                    } else {
                        return false;
                    }
                    break;
                default:
                    if (!(object instanceof Row) || ((Row) object).arity() != nested[i].arity()) {
                        return false;
                    }
                    Row copy = new Row(nested[i].arity());
                    if (!nested[i].copyOut((Row) object, copy, 0)) {
                        return false;
                    }
                    target.setObject(to, copy);
                    break;
            }
        }
        return true;
    }

    /**
     * A copy of {@code source}, a row of this type, that shares nothing an operator may change in place: nested rows
     * are copied and an {@link EncodableValue} is replaced by its bytes, which its operator decodes on first use.
     * Unlike {@link #copyOut}, it accepts any content: a field its type cannot store is shared, and the snapshot that
     * reads the original reports it.
     */
    Row copy(Row source) {
        Row target = new Row(source.arity());
        for (int i = 0; i < source.arity(); i++) {
            source.copyField(i, target, i);
            if (source.isNullAt(i)) {
                continue;
            }
            Object object = source.getObject(i);
            if (object instanceof EncodableValue) {
                target.setObject(i, ((EncodableValue) object).encode());
            } else if (object instanceof Row) {
                Row nestedRow = (Row) object;
                boolean typed = i < kinds.length && kinds[i] == NESTED_ROW && nestedRow.arity() == nested[i].arity();
                target.setObject(i, typed ? nested[i].copy(nestedRow) : nestedRow.copy());
            }
        }
        return target;
    }

    /**
     * Copies the fields of {@code source} from {@code offset} on into every field of {@code target}, copying nested
     * rows (a restored table's rows may be handed to several subtasks).
     */
    void copyIn(Row source, int offset, Row target) {
        for (int i = 0; i < kinds.length; i++) {
            int from = offset + i;
            if (source.isNullAt(from)) {
                target.setNull(i);
            } else if (kinds[i] == PRIMITIVE) {
                target.setLong(i, source.getLong(from));
            } else if (kinds[i] == NESTED_ROW) {
                Row copy = new Row(nested[i].arity());
                nested[i].copyIn((Row) source.getObject(from), 0, copy);
                target.setObject(i, copy);
            } else {
                target.setObject(i, source.getObject(from));
            }
        }
    }

    /**
     * What the first field of {@code source} that {@link #copyOut} refuses holds, e.g. {@code field 'acc' of type
     * BYTES holds a java.util.HashMap}; {@code null} if none.
     */
    String mismatch(Row source) {
        for (int i = 0; i < kinds.length; i++) {
            if (source.isNullAt(i)) {
                continue;
            }
            Object object = source.getObject(i);
            if (kinds[i] == NESTED_ROW && object instanceof Row && ((Row) object).arity() == nested[i].arity()) {
                String inner = nested[i].mismatch((Row) object);
                if (inner != null) {
                    return "field '" + type.name(i) + "'." + inner;
                }
            } else if (kinds[i] == NESTED_ROW || !holdsItsType(kinds[i], object)) {
                return "field '" + type.name(i) + "' of type " + type.type(i).typeName() + " holds "
                        + describe(object) + ", not " + javaClassOf(kinds[i]);
            }
        }
        return null;
    }

    private static String describe(Object object) {
        if (object == null) {
            return "no object";
        }
        if (object instanceof Row) {
            return "a row of arity " + ((Row) object).arity();
        }
        return "a " + object.getClass().getName();
    }

    private static boolean holdsItsType(byte kind, Object object) {
        switch (kind) {
            case PRIMITIVE:
                return object == null;
            case STRING:
                return object instanceof String;
            case DECIMAL:
                return object instanceof BigDecimal;
            case BYTES:
                return object instanceof byte[] || object instanceof EncodableValue;
            default:
                return false;
        }
    }

    private static String javaClassOf(byte kind) {
        switch (kind) {
            case PRIMITIVE:
                return "a value in the row's primitive slot";
            case STRING:
                return "a java.lang.String";
            case DECIMAL:
                return "a java.math.BigDecimal";
            case BYTES:
                return "a byte[] or an " + EncodableValue.class.getName();
            default:
                return "a nested row of its type's arity";
        }
    }
}
