package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.WeirException;
import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes CSV records into rows. Only projected fields are converted; the others are checked for being there.
 * An empty unquoted or quoted field is the empty string for a string column and an error for any other column,
 * unless it equals {@code csv.null-literal}, which makes any field NULL.
 */
final class CsvDecoder implements RecordDecoder {
    private final RowType physicalType;
    private final int[] projection;
    private final DataType[] producedTypes;
    private final CsvOptions options;
    private final char[] nullLiteral;
    private BufferedReader reader;
    private CsvTokenizer tokenizer;
    private Path file;
    private long skipped;

    CsvDecoder(RowType physicalType, List<Integer> projection, CsvOptions options) {
        this.physicalType = physicalType;
        this.projection = projection.stream().mapToInt(Integer::intValue).toArray();
        this.producedTypes = new DataType[this.projection.length];
        for (int i = 0; i < this.projection.length; i++) {
            producedTypes[i] = physicalType.type(this.projection[i]);
        }
        this.options = options;
        this.nullLiteral = options.nullLiteral() == null ? null : options.nullLiteral().toCharArray();
    }

    @Override
    public void open(Path path, long lines, long chars) throws IOException {
        close();
        file = path;
        reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        skipFully(chars);
        tokenizer = new CsvTokenizer(reader, options.delimiter(), options.quote(), options.allowComments(), lines,
                chars);
    }

    private void skipFully(long chars) throws IOException {
        long left = chars;
        while (left > 0) {
            long skipped = reader.skip(left);
            if (skipped <= 0) {
                throw new IOException("file is shorter than the " + chars + " characters read before");
            }
            left -= skipped;
        }
    }

    @Override
    public long linesConsumed() {
        return tokenizer.linesConsumed();
    }

    @Override
    public long charsConsumed() {
        return tokenizer.charsConsumed();
    }

    @Override
    public boolean next(Row row) throws IOException {
        while (tokenizer.next()) {
            WeirException problem = decode(row);
            if (problem == null) {
                return true;
            }
            if (!options.ignoreParseErrors()) {
                throw problem;
            }
            skipped++;
        }
        return false;
    }

    /** Decodes the tokenizer's record into the row; returns the problem instead of throwing, so it can be skipped. */
    private WeirException decode(Row row) {
        if (tokenizer.unterminatedQuote()) {
            return ConnectorErrors.unterminatedQuote(file, tokenizer.recordLine(), "csv");
        }
        if (tokenizer.fieldCount() != physicalType.arity()) {
            return ConnectorErrors.wrongFieldCount(physicalType.arity(), tokenizer.fieldCount(), file,
                    tokenizer.recordLine(), "csv");
        }
        char[] text = tokenizer.text();
        for (int i = 0; i < projection.length; i++) {
            int field = projection[i];
            int start = tokenizer.start(field);
            int end = tokenizer.end(field);
            if (isNullLiteral(text, start, end)) {
                row.setNull(i);
            } else if (!TextFieldParser.parse(text, start, end, producedTypes[i], row, i)) {
                return ConnectorErrors.cannotParseField(new String(text, start, end - start), producedTypes[i],
                        physicalType.name(field), file, tokenizer.recordLine(), field + 1, "csv");
            }
        }
        return null;
    }

    private boolean isNullLiteral(char[] text, int start, int end) {
        if (nullLiteral == null || end - start != nullLiteral.length) {
            return false;
        }
        for (int i = 0; i < nullLiteral.length; i++) {
            if (text[start + i] != nullLiteral[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public long skippedRecords() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
