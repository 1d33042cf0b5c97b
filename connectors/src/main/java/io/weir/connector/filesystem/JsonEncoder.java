package io.weir.connector.filesystem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import io.weir.runtime.type.ValueFormatter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes rows as JSON lines that {@link JsonDecoder} reads back: numbers and booleans as JSON values, decimals as
 * exact numbers, dates and times as their SQL text (TIMESTAMP_LTZ in UTC with a {@code Z}), bytes in Base64,
 * ROW columns as nested objects, NULL as {@code null}.
 */
final class JsonEncoder implements RecordEncoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final RowType type;
    private final ValueFormatter formatter = ValueFormatter.utc();
    private final StringBuilder text = new StringBuilder(32);
    /** Nested ROW types by identity, so writing a nested row builds no type. */
    private final Map<DataType, RowType> nestedTypes = new IdentityHashMap<>();
    private JsonGenerator generator;
    private Writer target;

    JsonEncoder(RowType type) {
        this.type = type;
    }

    @Override
    public void write(Row row, Writer out) throws IOException {
        if (generator == null || target != out) {
            target = out;
            generator = FACTORY.createGenerator(out);
            generator.setPrettyPrinter(new MinimalPrettyPrinter(""));
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }
        writeObject(row, type);
        generator.writeRaw('\n');
    }

    private void writeObject(Row row, RowType rowType) throws IOException {
        generator.writeStartObject();
        for (int i = 0; i < rowType.arity(); i++) {
            generator.writeFieldName(rowType.name(i));
            writeValue(row, i, rowType.type(i));
        }
        generator.writeEndObject();
    }

    private void writeValue(Row row, int i, DataType fieldType) throws IOException {
        if (row.isNullAt(i)) {
            generator.writeNull();
            return;
        }
        switch (fieldType.root()) {
            case BOOLEAN:
                generator.writeBoolean(row.getBoolean(i));
                break;
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                generator.writeNumber(row.getLong(i));
                break;
            case FLOAT:
                generator.writeNumber(row.getFloat(i));
                break;
            case DOUBLE:
                generator.writeNumber(row.getDouble(i));
                break;
            case DECIMAL:
                generator.writeNumber(((BigDecimal) row.getObject(i)).toPlainString());
                break;
            case CHAR:
            case VARCHAR:
                generator.writeString(row.getString(i));
                break;
            case BINARY:
            case VARBINARY:
                generator.writeBinary((byte[]) row.getObject(i));
                break;
            case ROW:
                writeObject((Row) row.getObject(i), nestedTypes.computeIfAbsent(fieldType, t -> new RowType(t.fields())));
                break;
            default:
                text.setLength(0);
                formatter.appendNonNull(text, row, i, fieldType);
                if (fieldType.root() == TypeRoot.TIMESTAMP_LTZ) {
                    text.append('Z');
                }
                generator.writeString(text.toString());
                break;
        }
    }

    @Override
    public void finish(Writer out) throws IOException {
        if (generator != null) {
            generator.flush();
        }
    }
}
