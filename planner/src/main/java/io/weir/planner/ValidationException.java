package io.weir.planner;

import io.weir.parser.SourceSpan;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;

/** A statement that parses but does not validate, with where the problem is in the original script. */
public final class ValidationException extends WeirException {
    private static final long serialVersionUID = 1L;
    private final transient SourceSpan span;

    public ValidationException(ErrorCode code, SourceSpan span, String message) {
        super(code, message);
        this.span = span;
    }

    public ValidationException(ErrorCode code, SourceSpan span, String message, Throwable cause) {
        super(code, message, cause);
        this.span = span;
    }

    public SourceSpan span() {
        return span;
    }
}
