package io.weir.runtime.internal.channel;

/** Thrown to a task blocked on, or using, a channel of a job that is stopping; it is never a job's failure. */
public final class ChannelClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChannelClosedException(String message) {
        super(message, null, false, false);
    }
}
