package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import io.weir.runtime.type.ValueFormatter;
import java.io.IOException;
import java.io.Writer;
import java.util.Base64;

/**
 * Writes rows as CSV lines that {@link CsvDecoder} reads back: values as {@code CAST(x AS STRING)} renders them,
 * except bytes in Base64 and TIMESTAMP_LTZ in UTC with a {@code Z}, as Flink's CSV format writes them. NULL is an
 * empty field (or {@code csv.null-literal}); the empty string is {@code ""}; a value is quoted only when it holds
 * the delimiter, the quote character or a line break.
 */
final class CsvEncoder implements RecordEncoder {
    private final DataType[] types;
    private final CsvOptions options;
    private final ValueFormatter formatter = ValueFormatter.utc();
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder value = new StringBuilder(64);

    CsvEncoder(RowType type, CsvOptions options) {
        this.types = type.fields().stream().map(DataType.Field::type).toArray(DataType[]::new);
        this.options = options;
    }

    @Override
    public void write(Row row, Writer out) throws IOException {
        line.setLength(0);
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                line.append(options.delimiter());
            }
            if (row.isNullAt(i)) {
                if (options.nullLiteral() != null) {
                    line.append(options.nullLiteral());
                }
                continue;
            }
            value.setLength(0);
            render(row, i, types[i]);
            appendQuotedIfNeeded();
        }
        line.append('\n');
        out.append(line);
    }

    private void render(Row row, int i, DataType type) {
        if (type.root() == TypeRoot.BINARY || type.root() == TypeRoot.VARBINARY) {
            value.append(Base64.getEncoder().encodeToString((byte[]) row.getObject(i)));
        } else {
            formatter.appendNonNull(value, row, i, type);
            if (type.root() == TypeRoot.TIMESTAMP_LTZ) {
                value.append('Z');
            }
        }
    }

    private void appendQuotedIfNeeded() {
        char quote = options.quote();
        boolean quoted = value.length() == 0;
        for (int k = 0; k < value.length() && !quoted; k++) {
            char c = value.charAt(k);
            quoted = c == options.delimiter() || c == quote || c == '\n' || c == '\r';
        }
        if (!quoted) {
            line.append(value);
            return;
        }
        line.append(quote);
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (c == quote) {
                line.append(quote);
            }
            line.append(c);
        }
        line.append(quote);
    }
}
