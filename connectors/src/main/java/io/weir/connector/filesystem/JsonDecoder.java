package io.weir.connector.filesystem;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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

/**
 * Decodes JSON lines, one object per line, into rows: fields by column name (a missing field or {@code null} is
 * NULL, unknown fields are ignored), nested objects into ROW columns, scalars converted to the column's type.
 */
final class JsonDecoder implements RecordDecoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonRowReader rowReader;
    private final boolean ignoreParseErrors;
    private BufferedReader reader;
    private Path file;
    private long line;
    private long skipped;

    JsonDecoder(RowType producedType, boolean ignoreParseErrors) {
        this.rowReader = new JsonRowReader(producedType, "");
        this.ignoreParseErrors = ignoreParseErrors;
    }

    @Override
    public void open(Path path, long lines, long chars) throws IOException {
        close();
        file = path;
        line = 0;
        reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        while (line < lines) {
            if (reader.readLine() == null) {
                throw new IOException("file is shorter than the " + lines + " lines read before");
            }
            line++;
        }
    }

    @Override
    public long linesConsumed() {
        return line;
    }

    @Override
    public long charsConsumed() {
        return 0;
    }

    @Override
    public boolean next(Row row) throws IOException {
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            WeirException problem = decode(text, row);
            if (problem == null) {
                return true;
            }
            if (!ignoreParseErrors) {
                throw problem;
            }
            skipped++;
        }
        return false;
    }

    private WeirException decode(String text, Row row) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ConnectorErrors.malformedJson(file, line, "expected an object");
            }
            String problem = rowReader.read(parser, row);
            if (problem != null) {
                return ConnectorErrors.cannotParseJsonField(rowReader.failedText(), rowReader.failedType(), problem,
                        file, line);
            }
            if (parser.nextToken() != null) {
                return ConnectorErrors.malformedJson(file, line, "more than one value on the line");
            }
            return null;
        } catch (JsonProcessingException e) {
            return ConnectorErrors.malformedJson(file, line, e.getOriginalMessage());
        }
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
