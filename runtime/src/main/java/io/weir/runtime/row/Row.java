package io.weir.runtime.row;

import java.util.Arrays;
import java.util.Objects;

/**
 * A mutable row of fields in Weir's internal representation, reused on the hot path.
 *
 * <p>Each field lives either in a primitive slot ({@code long}) or an object slot, by its type:
 * <table>
 *   <caption>Internal representation by SQL type</caption>
 *   <tr><th>type</th><th>slot</th><th>value</th></tr>
 *   <tr><td>BOOLEAN</td><td>long</td><td>0 or 1 ({@link #getBoolean})</td></tr>
 *   <tr><td>TINYINT, SMALLINT, INT, BIGINT</td><td>long</td><td>the value ({@link #getLong}, {@link #getInt})</td></tr>
 *   <tr><td>FLOAT, DOUBLE</td><td>long</td><td>bits of the double ({@link #getDouble}, {@link #setDouble})</td></tr>
 *   <tr><td>DATE</td><td>long</td><td>days since 1970-01-01</td></tr>
 *   <tr><td>TIME</td><td>long</td><td>milliseconds of the day</td></tr>
 *   <tr><td>TIMESTAMP(p)</td><td>long</td><td>milliseconds since 1970-01-01 00:00:00 of the local date-time</td></tr>
 *   <tr><td>TIMESTAMP_LTZ(p)</td><td>long</td><td>milliseconds since the epoch (an instant)</td></tr>
 *   <tr><td>DECIMAL(p,s)</td><td>object</td><td>{@link java.math.BigDecimal} with scale s</td></tr>
 *   <tr><td>CHAR, VARCHAR, STRING</td><td>object</td><td>{@link String}</td></tr>
 *   <tr><td>BINARY, VARBINARY, BYTES</td><td>object</td><td>{@code byte[]}</td></tr>
 *   <tr><td>ROW</td><td>object</td><td>a nested {@link Row}</td></tr>
 * </table>
 *
 * <p>A NULL field has its null flag set whatever its slot holds. Setters clear the flag.
 * A row passed to an {@code Output} belongs to the caller: a callee that keeps it copies it.
 */
public final class Row {
    private final long[] longs;
    private final Object[] objects;
    private final boolean[] nulls;

    public Row(int arity) {
        this.longs = new long[arity];
        this.objects = new Object[arity];
        this.nulls = new boolean[arity];
    }

    /** A row of boxed values, for tests and control-plane code: Long/Integer/Short/Byte, Double/Float, Boolean, or objects. */
    public static Row of(Object... values) {
        Row row = new Row(values.length);
        for (int i = 0; i < values.length; i++) {
            row.setBoxed(i, values[i]);
        }
        return row;
    }

    public int arity() {
        return longs.length;
    }

    public boolean isNullAt(int i) {
        return nulls[i];
    }

    public long getLong(int i) {
        return longs[i];
    }

    public int getInt(int i) {
        return (int) longs[i];
    }

    public boolean getBoolean(int i) {
        return longs[i] != 0;
    }

    public double getDouble(int i) {
        return Double.longBitsToDouble(longs[i]);
    }

    public float getFloat(int i) {
        return (float) Double.longBitsToDouble(longs[i]);
    }

    public Object getObject(int i) {
        return objects[i];
    }

    public String getString(int i) {
        return (String) objects[i];
    }

    public void setNull(int i) {
        nulls[i] = true;
        longs[i] = 0;
        objects[i] = null;
    }

    public void setLong(int i, long value) {
        longs[i] = value;
        nulls[i] = false;
    }

    public void setInt(int i, int value) {
        setLong(i, value);
    }

    public void setBoolean(int i, boolean value) {
        setLong(i, value ? 1 : 0);
    }

    public void setDouble(int i, double value) {
        setLong(i, Double.doubleToRawLongBits(value));
    }

    public void setFloat(int i, float value) {
        setDouble(i, value);
    }

    /** Sets an object-slot field; {@code null} makes the field NULL. */
    public void setObject(int i, Object value) {
        objects[i] = value;
        nulls[i] = value == null;
    }

    /** Sets a field from a boxed value, choosing the slot by the value's class. Not for the hot path. */
    public void setBoxed(int i, Object value) {
        if (value == null) {
            setNull(i);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            setLong(i, ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            setDouble(i, ((Number) value).doubleValue());
        } else if (value instanceof Boolean) {
            setBoolean(i, (Boolean) value);
        } else {
            setObject(i, value);
        }
    }

    /** Copies field {@code from} of this row into field {@code to} of {@code target}, whatever its slot. */
    public void copyField(int from, Row target, int to) {
        target.longs[to] = longs[from];
        target.objects[to] = objects[from];
        target.nulls[to] = nulls[from];
    }

    /** Copies every field of {@code other}, which has the same arity, into this row. Nested rows are shared. */
    public void copyFrom(Row other) {
        System.arraycopy(other.longs, 0, longs, 0, longs.length);
        System.arraycopy(other.objects, 0, objects, 0, objects.length);
        System.arraycopy(other.nulls, 0, nulls, 0, nulls.length);
    }

    /** A new row equal to this one. */
    public Row copy() {
        Row copy = new Row(longs.length);
        copy.copyFrom(this);
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Row)) {
            return false;
        }
        Row other = (Row) o;
        if (other.arity() != arity()) {
            return false;
        }
        for (int i = 0; i < longs.length; i++) {
            if (nulls[i] != other.nulls[i]) {
                return false;
            }
            if (nulls[i]) {
                continue;
            }
            if (longs[i] != other.longs[i] || !Objects.deepEquals(objects[i], other.objects[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < longs.length; i++) {
            h = 31 * h + (nulls[i] ? 0 : Long.hashCode(longs[i]) ^ objectHash(objects[i]));
        }
        return h;
    }

    /** Hashes like {@code Arrays.deepHashCode} of one element, without allocating: rows are keys of keyed state. */
    private static int objectHash(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof byte[]) {
            return Arrays.hashCode((byte[]) o);
        }
        if (o instanceof Object[]) {
            return Arrays.deepHashCode((Object[]) o);
        }
        return o.hashCode();
    }

    /** A debugging form; user-facing text goes through {@code io.weir.runtime.type.ValueFormatter}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Row[");
        for (int i = 0; i < longs.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(nulls[i] ? "NULL" : objects[i] != null ? String.valueOf(objects[i]) : String.valueOf(longs[i]));
        }
        return b.append(']').toString();
    }
}
