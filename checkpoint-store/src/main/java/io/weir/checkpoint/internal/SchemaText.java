package io.weir.checkpoint.internal;

import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.ArrayList;
import java.util.List;

/**
 * A state table's schema as the metadata database stores it: its fields as Flink SQL writes a ROW's fields
 * ({@code `key_group` INT NOT NULL, `total` DECIMAL(10, 2)}), which people can read, and back.
 */
final class SchemaText {
    private final String text;
    private int pos;

    private SchemaText(String text) {
        this.text = text;
    }

    static String format(RowType rowType) {
        StringBuilder b = new StringBuilder();
        for (DataType.Field field : rowType.fields()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(field);
        }
        return b.toString();
    }

    static RowType parse(String text) {
        SchemaText parser = new SchemaText(text);
        List<DataType.Field> fields = parser.fields('\0');
        if (parser.pos != text.length()) {
            throw parser.error("end of schema");
        }
        return new RowType(fields);
    }

    private List<DataType.Field> fields(char end) {
        List<DataType.Field> fields = new ArrayList<>();
        skipSpaces();
        if (pos == text.length() || text.charAt(pos) == end) {
            return fields;
        }
        while (true) {
            String name = quotedName();
            skipSpaces();
            fields.add(new DataType.Field(name, type()));
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                skipSpaces();
            } else {
                return fields;
            }
        }
    }

    private String quotedName() {
        expect('`');
        StringBuilder name = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("closing back quote");
            }
            char c = text.charAt(pos++);
            if (c == '`') {
                if (pos < text.length() && text.charAt(pos) == '`') {
                    name.append('`');
                    pos++;
                } else {
                    return name.toString();
                }
            } else {
                name.append(c);
            }
        }
    }

    private DataType type() {
        String word = word();
        DataType type;
        switch (word) {
            case "BOOLEAN":
            case "TINYINT":
            case "SMALLINT":
            case "BIGINT":
            case "FLOAT":
            case "DOUBLE":
            case "DATE":
                type = DataType.of(TypeRoot.valueOf(word));
                break;
            case "INT":
                type = DataType.of(TypeRoot.INTEGER);
                break;
            case "STRING":
                type = DataType.string();
                break;
            case "BYTES":
                type = DataType.of(TypeRoot.VARBINARY, DataType.MAX_LENGTH);
                break;
            case "DECIMAL":
                expect('(');
                int precision = number();
                expect(',');
                skipSpaces();
                int scale = number();
                expect(')');
                type = DataType.decimal(precision, scale);
                break;
            case "CHAR":
            case "VARCHAR":
            case "BINARY":
            case "VARBINARY":
            case "TIME":
            case "TIMESTAMP":
            case "TIMESTAMP_LTZ":
                expect('(');
                type = DataType.of(TypeRoot.valueOf(word), number());
                expect(')');
                break;
            case "ROW":
                expect('<');
                List<DataType.Field> fields = fields('>');
                expect('>');
                type = DataType.row(fields);
                break;
            default:
                throw error("a type, not '" + word + "'");
        }
        if (text.startsWith(" NOT NULL", pos)) {
            pos += " NOT NULL".length();
            return type.withNullable(false);
        }
        return type;
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private int number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("a number");
        }
        return Integer.parseInt(text.substring(start, pos));
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("'" + c + "'");
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    private IllegalStateException error(String expected) {
        return new IllegalStateException("expected " + expected + " at position " + pos + " of stored schema '"
                + text + "'");
    }
}
