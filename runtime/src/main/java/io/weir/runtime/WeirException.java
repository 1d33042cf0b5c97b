package io.weir.runtime;

/** An error the user can act on, with a code that names its kind; its message is shown as it is. */
public class WeirException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public WeirException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public WeirException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
