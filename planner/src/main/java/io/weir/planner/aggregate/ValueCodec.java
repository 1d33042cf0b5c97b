package io.weir.planner.aggregate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes the values an accumulator keeps outside its row's slots (as {@link ValueKind#read} makes them) and the
 * structures holding them, for snapshots: value counts and value sequences. One value is written by its kind:
 * primitive-slot values as their 8 bytes, byte strings and strings length-prefixed, decimals as scale and unscaled
 * bytes. A key of several values (multi-argument DISTINCT) is written value by value.
 */
final class ValueCodec {
    private static final byte STRING = 1;
    private static final byte DECIMAL = 2;

    private ValueCodec() {
    }

    /** Encodes value counts whose keys are values of {@code kinds} (a list of values when there are several). */
    static byte[] encodeCounts(Map<Object, long[]> counts, ValueKind[] kinds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + counts.size() * 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(counts.size());
            for (Map.Entry<Object, long[]> e : counts.entrySet()) {
                writeKey(out, e.getKey(), kinds);
                out.writeLong(e.getValue()[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Adds the counts {@link #encodeCounts} wrote into {@code target}. */
    static <M extends Map<Object, long[]>> M decodeCounts(byte[] encoded, ValueKind[] kinds, M target) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int size = in.readInt();
            for (int i = 0; i < size; i++) {
                Object key = readKey(in, kinds);
                target.put(key, new long[] {in.readLong()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Encodes a sequence of values of {@code kind}, in order. */
    static byte[] encodeSequence(List<Object> values, ValueKind kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + values.size() * 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(values.size());
            for (Object value : values) {
                writeValue(out, value, kind);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Appends the values {@link #encodeSequence} wrote to {@code target}. */
    static <L extends List<Object>> L decodeSequence(byte[] encoded, ValueKind kind, L target) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int size = in.readInt();
            for (int i = 0; i < size; i++) {
                target.add(readValue(in, kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private static void writeKey(DataOutputStream out, Object key, ValueKind[] kinds) throws IOException {
        if (kinds.length == 1) {
            writeValue(out, key, kinds[0]);
            return;
        }
        List<Object> values = (List<Object>) key;
        for (int i = 0; i < kinds.length; i++) {
            writeValue(out, values.get(i), kinds[i]);
        }
    }

    private static Object readKey(DataInputStream in, ValueKind[] kinds) throws IOException {
        if (kinds.length == 1) {
            return readValue(in, kinds[0]);
        }
        List<Object> values = new ArrayList<>(kinds.length);
        for (ValueKind kind : kinds) {
            values.add(readValue(in, kind));
        }
        return values;
    }

    private static void writeValue(DataOutputStream out, Object value, ValueKind kind) throws IOException {
        switch (kind) {
            case INTEGRAL:
            case FLOATING:
                out.writeLong((Long) value);
                return;
            case BYTES:
                writeBytes(out, ((ValueKind.BytesKey) value).bytes);
                return;
            default:
                if (value instanceof String) {
                    out.writeByte(STRING);
                    writeBytes(out, ((String) value).getBytes(StandardCharsets.UTF_8));
                } else if (value instanceof BigDecimal) {
                    out.writeByte(DECIMAL);
                    out.writeInt(((BigDecimal) value).scale());
                    writeBytes(out, ((BigDecimal) value).unscaledValue().toByteArray());
                } else {
                    throw new IllegalStateException("an accumulator holds a value of " + value.getClass().getName()
                            + ", which a snapshot cannot encode");
                }
        }
    }

    private static Object readValue(DataInputStream in, ValueKind kind) throws IOException {
        switch (kind) {
            case INTEGRAL:
            case FLOATING:
                return in.readLong();
            case BYTES:
                return new ValueKind.BytesKey(readBytes(in));
            default:
                byte tag = in.readByte();
                if (tag == STRING) {
                    return new String(readBytes(in), StandardCharsets.UTF_8);
                }
                if (tag == DECIMAL) {
                    int scale = in.readInt();
                    return new BigDecimal(new BigInteger(readBytes(in)), scale);
                }
                throw new IllegalStateException("unknown value tag " + tag + " in an encoded accumulator");
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }
}
