package io.weir.connector.filesystem;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits CSV text into records of fields as RFC 4180 describes: a quoted field may hold delimiters, line breaks
 * and doubled quotes. Empty lines, and with comments allowed lines starting with {@code #}, are skipped.
 *
 * <p>Each field's unescaped text is copied into one reused buffer, so a record costs no allocation.
 */
final class CsvTokenizer {
    private static final int EOF = -1;

    private final Reader reader;
    private final char delimiter;
    private final char quote;
    private final boolean allowComments;
    private final char[] input = new char[1 << 16];
    private int inputPos;
    private int inputLimit;
    private char[] text = new char[256];
    private int textLength;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int fieldCount;
    private long line;
    /** Characters of the input read into the buffer before its current contents. */
    private long charsBeforeInput;
    private long recordLine;
    private boolean unterminatedQuote;

    /**
     * A tokenizer of {@code reader}, which is positioned after {@code linesBefore} lines or {@code charsBefore}
     * characters of its file (both 0 at the file's start), so line numbers and {@link #charsConsumed()} count from
     * the file's start.
     */
    CsvTokenizer(Reader reader, char delimiter, char quote, boolean allowComments, long linesBefore, long charsBefore) {
        this.reader = reader;
        this.line = linesBefore + 1;
        this.charsBeforeInput = charsBefore;
        this.delimiter = delimiter;
        this.quote = quote;
        this.allowComments = allowComments;
    }

    /**
     * Reads the next record; false at the end of the input. After a quote left open until the end of the input,
     * the record holds what was read and {@link #unterminatedQuote()} is true.
     */
    boolean next() throws IOException {
        int c;
        while (true) {
            c = peek();
            if (c == EOF) {
                return false;
            }
            if (c == '\n' || c == '\r') {
                skipLineEnd();
            } else if (allowComments && c == '#') {
                while (c != EOF && c != '\n' && c != '\r') {
                    read();
                    c = peek();
                }
            } else {
                break;
            }
        }
        recordLine = line;
        textLength = 0;
        fieldCount = 0;
        unterminatedQuote = false;
        while (true) {
            int fieldStart = textLength;
            c = read();
            if (c == quote) {
                c = readQuoted();
            } else {
                while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
                    append((char) c);
                    c = read();
                }
            }
            addField(fieldStart);
            if (c != delimiter) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != EOF) {
                    line++;
                }
                return true;
            }
        }
    }

    /** Reads a quoted field after its opening quote; returns the character that ended it. */
    private int readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                unterminatedQuote = true;
                return EOF;
            }
            if (c == quote) {
                if (peek() == quote) {
                    read();
                    append(quote);
                    continue;
                }
                // After the closing quote, text up to the delimiter is kept as written (a lenient reading).
                c = read();
                while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
                    append((char) c);
                    c = read();
                }
                return c;
            }
            if (c == '\n') {
                line++;
            }
            append((char) c);
        }
    }

    private void skipLineEnd() throws IOException {
        int c = read();
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private void addField(int fieldStart) {
        if (fieldCount == starts.length) {
            starts = Arrays.copyOf(starts, fieldCount * 2);
            ends = Arrays.copyOf(ends, fieldCount * 2);
        }
        starts[fieldCount] = fieldStart;
        ends[fieldCount] = textLength;
        fieldCount++;
    }

    private void append(char c) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, textLength * 2);
        }
        text[textLength++] = c;
    }

    private int peek() throws IOException {
        if (inputPos == inputLimit && !fill()) {
            return EOF;
        }
        return input[inputPos];
    }

    private int read() throws IOException {
        if (inputPos == inputLimit && !fill()) {
            return EOF;
        }
        return input[inputPos++];
    }

    private boolean fill() throws IOException {
        int n = reader.read(input, 0, input.length);
        if (n <= 0) {
            return false;
        }
        charsBeforeInput += inputLimit;
        inputPos = 0;
        inputLimit = n;
        return true;
    }

    int fieldCount() {
        return fieldCount;
    }

    char[] text() {
        return text;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    /** How many characters of the file lie before the next record: after the current one's line end. */
    long charsConsumed() {
        return charsBeforeInput + inputPos;
    }

    /** How many lines of the file lie before the next record. */
    long linesConsumed() {
        return line - 1;
    }

    /** The line (1-based) the current record starts on. */
    long recordLine() {
        return recordLine;
    }

    boolean unterminatedQuote() {
        return unterminatedQuote;
    }
}
