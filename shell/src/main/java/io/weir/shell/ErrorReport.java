package io.weir.shell;

import io.weir.parser.SourceSpan;

/**
 * An error as compilers print it: {@code FILE:LINE:COLUMN: message}, then the offending line of the script and a caret
 * under the column. Without a column the caret is left out; without a line, the position too.
 */
record ErrorReport(String source, SourceSpan span, String message) {
    /** The report's text, ending in a line break, with the lines of {@code script} that {@link #span} points into. */
    String render(String script) {
        StringBuilder b = new StringBuilder(source);
        if (span == null || span.startLine() == 0) {
            return b.append(": ").append(message).append('\n').toString();
        }
        b.append(':').append(span.startLine());
        if (span.startColumn() > 0) {
            b.append(':').append(span.startColumn());
        }
        b.append(": ").append(message).append('\n');
        String line = lineOf(script, span.startLine());
        if (line == null) {
            return b.toString();
        }
        b.append(line).append('\n');
        if (span.startColumn() > 0) {
            // Tabs are copied so the caret lines up however wide the terminal shows a tab.
            for (int i = 0; i < span.startColumn() - 1 && i < line.length(); i++) {
                b.append(line.charAt(i) == '\t' ? '\t' : ' ');
            }
            b.append("^\n");
        }
        return b.toString();
    }

    /** The 1-based line {@code number} of the text without its line end, or null if the text is shorter. */
    private static String lineOf(String script, int number) {
        int start = 0;
        for (int i = 1; i < number; i++) {
            int end = script.indexOf('\n', start);
            if (end < 0) {
                return null;
            }
            start = end + 1;
        }
        int end = script.indexOf('\n', start);
        String line = end < 0 ? script.substring(start) : script.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
