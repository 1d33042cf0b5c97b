package io.weir.planner.aggregate;

import io.weir.runtime.row.Row;
import io.weir.runtime.state.EncodableValue;
import java.util.TreeMap;

/** Counts per value in SQL order, for MIN and MAX that retract; encodes itself for snapshots. */
final class SortedCountedValues extends TreeMap<Object, long[]> implements EncodableValue {
    private final ValueKind[] kind;

    SortedCountedValues(ValueKind kind) {
        super(kind.order());
        this.kind = new ValueKind[] {kind};
    }

    /** The counts in field {@code field} of {@code acc}, decoding them first if a restore left them as bytes. */
    static SortedCountedValues in(Row acc, int field, ValueKind kind) {
        Object value = acc.getObject(field);
        if (value instanceof byte[]) {
            value = ValueCodec.decodeCounts((byte[]) value, new ValueKind[] {kind}, new SortedCountedValues(kind));
            acc.setObject(field, value);
        }
        return (SortedCountedValues) value;
    }

    @Override
    public byte[] encode() {
        return ValueCodec.encodeCounts(this, kind);
    }
}
