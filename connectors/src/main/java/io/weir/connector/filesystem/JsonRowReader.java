package io.weir.connector.filesystem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one JSON object, positioned after its {@code START_OBJECT}, into a row of a given type; nested ROW
 * columns are read by nested readers. A value that does not convert is reported, not thrown, so the caller
 * can skip the line.
 */
final class JsonRowReader {
    private final RowType type;
    private final String path;
    private final Map<String, Integer> indexes = new HashMap<>();
    private final JsonRowReader[] nested;
    private String failedText;
    private DataType failedType;

    JsonRowReader(RowType type, String path) {
        this.type = type;
        this.path = path;
        this.nested = new JsonRowReader[type.arity()];
        for (int i = 0; i < type.arity(); i++) {
            indexes.put(type.name(i), i);
            DataType fieldType = type.type(i);
            if (fieldType.root() == TypeRoot.ROW) {
                nested[i] = new JsonRowReader(new RowType(fieldType.fields()), path + type.name(i) + ".");
            }
        }
    }

    /** Reads the object's fields into {@code row}; returns the failing column's path, or null on success. */
    String read(JsonParser parser, Row row) throws IOException {
        for (int i = 0; i < type.arity(); i++) {
            row.setNull(i);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            Integer index = indexes.get(parser.currentName());
            JsonToken token = parser.nextToken();
            if (index == null) {
                parser.skipChildren();
                continue;
            }
            int i = index;
            String failed = readValue(parser, token, i, row);
            if (failed != null) {
                return failed;
            }
        }
        return null;
    }

    private String readValue(JsonParser parser, JsonToken token, int i, Row row) throws IOException {
        DataType fieldType = type.type(i);
        if (token == JsonToken.VALUE_NULL) {
            row.setNull(i);
            return null;
        }
        if (fieldType.root() == TypeRoot.ROW) {
            if (token != JsonToken.START_OBJECT) {
                return fail(parser, fieldType, i);
            }
            Row nestedRow = new Row(fieldType.fields().size());
            String failed = nested[i].read(parser, nestedRow);
            if (failed != null) {
                failedText = nested[i].failedText;
                failedType = nested[i].failedType;
                return failed;
            }
            row.setObject(i, nestedRow);
            return null;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            parser.skipChildren();
            failedText = token == JsonToken.START_OBJECT ? "{...}" : "[...]";
            failedType = fieldType;
            return path + type.name(i);
        }
        boolean ok;
        switch (fieldType.root()) {
            case BOOLEAN:
                ok = token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE
                        ? set(row, i, token == JsonToken.VALUE_TRUE) : parseText(parser, fieldType, row, i);
                break;
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                ok = token == JsonToken.VALUE_NUMBER_INT ? parseText(parser, fieldType, row, i)
                        : token == JsonToken.VALUE_STRING && parseText(parser, fieldType, row, i);
                break;
            case FLOAT:
            case DOUBLE:
                if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                    double value = parser.getDoubleValue();
                    row.setDouble(i, fieldType.root() == TypeRoot.FLOAT ? (float) value : value);
                    ok = true;
                } else {
                    ok = token == JsonToken.VALUE_STRING && parseText(parser, fieldType, row, i);
                }
                break;
            case DECIMAL:
                ok = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                        ? TextFieldParser.setDecimal(parser.getDecimalValue(), fieldType, row, i)
                        : token == JsonToken.VALUE_STRING && parseText(parser, fieldType, row, i);
                break;
            case CHAR:
            case VARCHAR:
                row.setObject(i, parser.getText());
                ok = true;
                break;
            case BINARY:
            case VARBINARY:
                ok = token == JsonToken.VALUE_STRING && decodeBase64(parser.getText(), row, i);
                break;
            default:
                ok = token == JsonToken.VALUE_STRING && parseText(parser, fieldType, row, i);
                break;
        }
        return ok ? null : fail(parser, fieldType, i);
    }

    private static boolean set(Row row, int i, boolean value) {
        row.setBoolean(i, value);
        return true;
    }

    private static boolean parseText(JsonParser parser, DataType fieldType, Row row, int i) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        return TextFieldParser.parse(chars, offset, offset + parser.getTextLength(), fieldType, row, i);
    }

    private static boolean decodeBase64(String text, Row row, int i) {
        try {
            row.setObject(i, Base64.getDecoder().decode(text));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String fail(JsonParser parser, DataType fieldType, int i) throws IOException {
        failedText = parser.getText();
        failedType = fieldType;
        if (parser.currentToken() == JsonToken.START_OBJECT || parser.currentToken() == JsonToken.START_ARRAY) {
            parser.skipChildren();
        }
        return path + type.name(i);
    }

    String failedText() {
        return failedText;
    }

    DataType failedType() {
        return failedType;
    }
}
