package io.weir.shell;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.ValueFormatter;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints results as CSV with LF line ends: a query as a header {@code op,<column names>} then one line per change
 * ({@code +I,1,abc}), a table as its column names then its rows. NULL is an empty field, the empty string {@code ""};
 * a value is quoted only when it holds a comma, a quote or a line break, with its quotes doubled.
 */
final class CsvPrinter implements ResultPrinter {
    private final PrintWriter out;
    private final ValueFormatter text;
    private RowType columns;

    CsvPrinter(PrintWriter out, ValueFormatter text) {
        this.out = out;
        this.text = text;
    }

    @Override
    public void beginChanges(RowType columnsOfQuery) {
        columns = columnsOfQuery;
        StringBuilder b = new StringBuilder("op");
        for (String name : columns.names()) {
            appendField(b.append(','), name);
        }
        out.print(b.append('\n'));
        out.flush();
    }

    @Override
    public void change(ChangeKind kind, Row row) {
        StringBuilder b = new StringBuilder(kind.shortString());
        appendValues(b.append(','), row, columns);
        out.print(b.append('\n'));
        out.flush();
    }

    @Override
    public void endChanges(long changeCount, boolean cancelled) {
        out.flush();
    }

    @Override
    public void table(RowType tableColumns, List<Row> rows) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tableColumns.arity(); i++) {
            if (i > 0) {
                b.append(',');
            }
            appendField(b, tableColumns.name(i));
        }
        b.append('\n');
        for (Row row : rows) {
            appendValues(b, row, tableColumns).append('\n');
        }
        out.print(b);
        out.flush();
    }

    private StringBuilder appendValues(StringBuilder b, Row row, RowType types) {
        for (int i = 0; i < types.arity(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String value = text.format(row, i, types.type(i));
            if (value != null) {
                appendField(b, value);
            }
        }
        return b;
    }

    private static void appendField(StringBuilder b, String value) {
        if (value.isEmpty()) {
            b.append("\"\"");
        } else if (needsQuotes(value)) {
            b.append('"').append(value.replace("\"", "\"\"")).append('"');
        } else {
            b.append(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
