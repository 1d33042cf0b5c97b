package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.state.EncodableValue;
import java.util.HashMap;

/** Counts per distinct value (or key of several values) in an accumulator field; encodes itself for snapshots. */
final class CountedValues extends HashMap<Object, long[]> implements EncodableValue {
    private final ValueKind[] kinds;

    CountedValues(ValueKind[] kinds) {
        this.kinds = kinds;
    }

    /** The counts in field {@code field} of {@code acc}, decoding them first if a restore left them as bytes. */
    static CountedValues in(Row acc, int field, ValueKind[] kinds) {
        Object value = acc.getObject(field);
        if (value instanceof byte[]) {
            value = ValueCodec.decodeCounts((byte[]) value, kinds, new CountedValues(kinds));
            acc.setObject(field, value);
        }
        return (CountedValues) value;
    }

    @Override
    public byte[] encode() {
        return ValueCodec.encodeCounts(this, kinds);
    }
}
