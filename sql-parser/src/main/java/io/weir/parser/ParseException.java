package io.weir.parser;

import java.util.Objects;

/** A syntax error in a script, with its place in the original script and a message a user understands. */
public final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceSpan span;

    public ParseException(SourceSpan span, String message) {
        super(message);
        this.span = Objects.requireNonNull(span, "span");
    }

    public ParseException(SourceSpan span, String message, Throwable cause) {
        super(message, cause);
        this.span = Objects.requireNonNull(span, "span");
    }

    public SourceSpan span() {
        return span;
    }
}
