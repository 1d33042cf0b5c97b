package io.weir.parser;

/**
 * A stretch of the original script, 1-based, end inclusive: where a statement, clause or error is.
 * Errors print {@code line:column} of its start.
 */
public record SourceSpan(int startLine, int startColumn, int endLine, int endColumn) {
    public static final SourceSpan UNKNOWN = new SourceSpan(0, 0, 0, 0);

    public SourceSpan {
        if (startLine < 0 || startColumn < 0 || endLine < startLine) {
            throw new IllegalArgumentException("bad span " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    public static SourceSpan at(int line, int column) {
        return new SourceSpan(line, column, line, column);
    }

    /** {@code line:column} of the start. */
    @Override
    public String toString() {
        return startLine + ":" + startColumn;
    }
}
