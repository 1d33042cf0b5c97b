package io.weir.runtime.testing;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import io.weir.runtime.type.ValueFormatter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code +I[book, 12]} text of changes, as the print connector writes them, both ways; and column lists such as
 * {@code "item STRING, price INT, ts TIMESTAMP(3)"}. Flat rows only; for tests.
 */
public final class RowText {
    private static final ValueFormatter FORMATTER = ValueFormatter.utc();

    private RowText() {
    }

    /** The change's text, e.g. {@code +I[book, 12]}, formatting each field by {@code type}. */
    public static String format(ChangeKind kind, Row row, RowType type) {
        StringBuilder b = new StringBuilder().append(kind.shortString()).append('[');
        for (int i = 0; i < row.arity(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (type != null && i < type.arity()) {
                FORMATTER.append(b, row, i, type.type(i));
            } else {
                b.append(row.isNullAt(i) ? "NULL" : row.getObject(i) != null ? row.getObject(i) : row.getLong(i));
            }
        }
        return b.append(']').toString();
    }

    /** The row's text without a change kind, e.g. {@code [book, 12]}. */
    public static String format(Row row, RowType type) {
        return format(ChangeKind.INSERT, row, type).substring(2);
    }

    /** The change kind of a change's text. */
    public static ChangeKind kindOf(String change) {
        return ChangeKind.ofShortString(change.substring(0, 2));
    }

    /** The row of a change's text, e.g. {@code +I[book, 12]}; {@code NULL} is SQL's NULL. */
    public static Row parseRow(String change, RowType type) {
        int open = change.indexOf('[');
        if (open < 0 || !change.endsWith("]")) {
            throw new IllegalArgumentException("expected a change such as +I[a, 1], not '" + change + "'");
        }
        String body = change.substring(open + 1, change.length() - 1);
        List<String> values = body.isEmpty() && type.arity() == 0 ? List.of() : List.of(body.split(", ", -1));
        if (values.size() != type.arity()) {
            throw new IllegalArgumentException("'" + change + "' has " + values.size() + " fields, its type "
                    + type.names() + " " + type.arity());
        }
        Row row = new Row(type.arity());
        for (int i = 0; i < values.size(); i++) {
            setField(row, i, values.get(i).trim(), type.type(i));
        }
        return row;
    }

    private static void setField(Row row, int i, String text, DataType type) {
        if (text.equals("NULL")) {
            row.setNull(i);
            return;
        }
        switch (type.root()) {
            case BOOLEAN -> row.setBoolean(i, Boolean.parseBoolean(text));
            case TINYINT, SMALLINT, INTEGER, BIGINT -> row.setLong(i, Long.parseLong(text));
            case FLOAT, DOUBLE -> row.setDouble(i, Double.parseDouble(text));
            case DECIMAL -> row.setObject(i, new BigDecimal(text).setScale(type.scale()));
            case CHAR, VARCHAR -> row.setObject(i, text);
            case DATE -> row.setLong(i, LocalDate.parse(text).toEpochDay());
            case TIME -> row.setLong(i, LocalTime.parse(text).toNanoOfDay() / 1_000_000);
            case TIMESTAMP, TIMESTAMP_LTZ -> row.setLong(i, parseTimestamp(text));
            default -> throw new IllegalArgumentException("values of type " + type.root() + " cannot be parsed here");
        }
    }

    /** Milliseconds from {@code 2024-01-01 10:00:00[.123]}, or a plain number of milliseconds. */
    private static long parseTimestamp(String text) {
        if (text.chars().allMatch(c -> c == '-' || Character.isDigit(c))) {
            return Long.parseLong(text);
        }
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    /** A row type from {@code "name TYPE, ..."}: BOOLEAN, TINYINT..BIGINT, INT, FLOAT, DOUBLE, DECIMAL(p, s), STRING, ... */
    public static RowType parseColumns(String columns) {
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        if (columns.isBlank()) {
            return RowType.of(names, types);
        }
        for (String column : splitColumns(columns)) {
            String[] parts = column.trim().split("\\s+", 2);
            names.add(parts[0]);
            types.add(parseType(parts[1].trim()));
        }
        return RowType.of(names, types);
    }

    private static List<String> splitColumns(String columns) {
        List<String> result = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < columns.length(); i++) {
            char c = columns.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                result.add(columns.substring(start, i));
                start = i + 1;
            }
        }
        result.add(columns.substring(start));
        return result;
    }

    private static DataType parseType(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        int paren = upper.indexOf('(');
        String name = paren < 0 ? upper : upper.substring(0, paren).trim();
        int[] args = new int[0];
        if (paren >= 0) {
            String[] parts = upper.substring(paren + 1, upper.indexOf(')')).split(",");
            args = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                args[i] = Integer.parseInt(parts[i].trim());
            }
        }
        switch (name) {
            case "STRING":
                return DataType.string();
            case "INT":
                return DataType.of(TypeRoot.INTEGER);
            case "DECIMAL":
                return DataType.decimal(args.length > 0 ? args[0] : 10, args.length > 1 ? args[1] : 0);
            default:
                TypeRoot root = TypeRoot.valueOf(name);
                return args.length > 0 ? DataType.of(root, args[0]) : DataType.of(root);
        }
    }
}
