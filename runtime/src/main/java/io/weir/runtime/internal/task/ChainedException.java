package io.weir.runtime.internal.task;

/**
 * Carries a checked exception of a chained operator through {@link io.weir.runtime.operator.Output#emit}, which
 * declares none; the task unwraps it, so the job's failure is the operator's own exception.
 */
final class ChainedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChainedException(Exception cause) {
        super(cause.getMessage(), cause, false, false);
    }

    /** The operator's exception behind {@code failure}, or {@code failure} itself. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof ChainedException ? failure.getCause() : failure;
    }
}
