package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.state.EncodableValue;
import java.util.ArrayList;

/** Values in arrival order, for FIRST_VALUE and LAST_VALUE that retract; encodes itself for snapshots. */
final class ValueSequence extends ArrayList<Object> implements EncodableValue {
    private final ValueKind kind;

    ValueSequence(ValueKind kind) {
        this.kind = kind;
    }

    /** The values in field {@code field} of {@code acc}, decoding them first if a restore left them as bytes. */
    static ValueSequence in(Row acc, int field, ValueKind kind) {
        Object value = acc.getObject(field);
        if (value instanceof byte[]) {
            value = ValueCodec.decodeSequence((byte[]) value, kind, new ValueSequence(kind));
            acc.setObject(field, value);
        }
        return (ValueSequence) value;
    }

    @Override
    public byte[] encode() {
        return ValueCodec.encodeSequence(this, kind);
    }
}
