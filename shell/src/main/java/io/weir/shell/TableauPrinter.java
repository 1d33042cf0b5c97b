package io.weir.shell;

import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.ValueFormatter;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints results as boxes of right-aligned columns, as Flink SQL client's tableau result mode does. A query's changes
 * are printed as they arrive, so their column widths come from the types (a value too wide is cut and ends in
 * {@code ...}); a table's come from its contents.
 */
final class TableauPrinter implements ResultPrinter {
    /** The widest a column of a type without a natural width (strings, floats, rows) gets, as in Flink. */
    static final int MAX_COLUMN_WIDTH = 30;
    private static final String NULL_TEXT = "<NULL>";
    private static final String CUT_MARK = "...";

    private final PrintWriter out;
    private final ValueFormatter text;
    private RowType columns;
    private int[] widths;
    private String[] cells;

    TableauPrinter(PrintWriter out, ValueFormatter text) {
        this.out = out;
        this.text = text;
    }

    @Override
    public void beginChanges(RowType columnsOfQuery) {
        columns = columnsOfQuery;
        widths = new int[columns.arity() + 1];
        widths[0] = 2;
        for (int i = 0; i < columns.arity(); i++) {
            widths[i + 1] = Math.max(columns.name(i).length(), typeWidth(columns.type(i)));
        }
        cells = new String[widths.length];
        cells[0] = "op";
        for (int i = 0; i < columns.arity(); i++) {
            cells[i + 1] = columns.name(i);
        }
        border();
        line(cells);
        border();
        out.flush();
    }

    @Override
    public void change(ChangeKind kind, Row row) {
        cells[0] = kind.shortString();
        for (int i = 0; i < columns.arity(); i++) {
            cells[i + 1] = cell(row, i, columns.type(i));
        }
        line(cells);
        out.flush();
    }

    @Override
    public void endChanges(long changeCount, boolean cancelled) {
        border();
        String rows = changeCount == 1 ? " row" : " rows";
        out.print(cancelled ? "Query terminated, received a total of " : "Received a total of ");
        out.print(changeCount + rows + "\n");
        out.flush();
    }

    @Override
    public void table(RowType tableColumns, List<Row> rows) {
        if (rows.isEmpty()) {
            out.print("Empty set\n");
            out.flush();
            return;
        }
        String[][] grid = new String[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            grid[r] = new String[tableColumns.arity()];
            for (int i = 0; i < tableColumns.arity(); i++) {
                grid[r][i] = cell(rows.get(r), i, tableColumns.type(i));
            }
        }
        if (isText(grid)) {
            // EXPLAIN and SHOW CREATE TABLE give one multi-line value: a box would break at its first line end.
            out.print(grid[0][0]);
            out.print('\n');
            out.flush();
            return;
        }
        widths = new int[tableColumns.arity()];
        String[] header = tableColumns.names().toArray(new String[0]);
        for (int i = 0; i < widths.length; i++) {
            widths[i] = displayWidth(header[i]);
            for (String[] values : grid) {
                widths[i] = Math.max(widths[i], displayWidth(values[i]));
            }
        }
        border();
        line(header);
        border();
        for (String[] values : grid) {
            line(values);
        }
        border();
        out.print(rows.size() == 1 ? "1 row in set\n" : rows.size() + " rows in set\n");
        out.flush();
    }

    private static boolean isText(String[][] grid) {
        return grid.length == 1 && grid[0].length == 1 && grid[0][0].indexOf('\n') >= 0;
    }

    private String cell(Row row, int field, DataType type) {
        String value = text.format(row, field, type);
        return value == null ? NULL_TEXT : value;
    }

    /** Flink's width for a column of this type in a streaming result: its longest value, or the maximum. */
    static int typeWidth(DataType type) {
        int width;
        switch (type.root()) {
            case TINYINT:
                width = 4;
                break;
            case SMALLINT:
                width = 6;
                break;
            case INTEGER:
                width = 11;
                break;
            case BIGINT:
                width = 20;
                break;
            case DECIMAL:
                width = type.precision() + 2;
                break;
            case BOOLEAN:
                width = 5;
                break;
            case DATE:
                width = 10;
                break;
            case TIME:
                width = type.precision() == 0 ? 8 : 9 + type.precision();
                break;
            case TIMESTAMP:
            case TIMESTAMP_LTZ:
                width = timestampWidth(type.precision());
                break;
            default:
                width = MAX_COLUMN_WIDTH;
        }
        return Math.max(width, NULL_TEXT.length());
    }

    private static int timestampWidth(int precision) {
        if (precision == 0) {
            return 19;
        }
        return precision <= 3 ? 23 : precision <= 6 ? 26 : 29;
    }

    private void border() {
        StringBuilder b = new StringBuilder();
        for (int width : widths) {
            b.append('+');
            b.append("-".repeat(width + 2));
        }
        out.print(b.append("+\n"));
    }

    private void line(String[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            b.append("| ");
            String value = values[i];
            int width = displayWidth(value);
            if (width <= widths[i]) {
                b.append(" ".repeat(widths[i] - width)).append(value);
            } else {
                String cut = cut(value, widths[i] - CUT_MARK.length());
                b.append(" ".repeat(widths[i] - CUT_MARK.length() - displayWidth(cut))).append(cut).append(CUT_MARK);
            }
            b.append(' ');
        }
        out.print(b.append("|\n"));
    }

    /** The longest prefix of {@code value} that fits in {@code width} columns. */
    private static String cut(String value, int width) {
        int used = 0;
        int end = 0;
        while (end < value.length()) {
            int codePoint = value.codePointAt(end);
            int next = used + columnsOf(codePoint);
            if (next > width) {
                break;
            }
            used = next;
            end += Character.charCount(codePoint);
        }
        return value.substring(0, end);
    }

    /** How many terminal columns the text takes: East Asian wide characters take two. */
    static int displayWidth(String value) {
        int width = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            width += columnsOf(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static int columnsOf(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x1F300 && codePoint <= 0x1F64F)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
