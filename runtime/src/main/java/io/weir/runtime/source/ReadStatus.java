package io.weir.runtime.source;

/** What a call to {@link SourceReader#pollNext} left behind. */
public enum ReadStatus {
    /** Rows were emitted and more may follow at once. */
    MORE_AVAILABLE,
    /** Nothing is ready now (rate limit, no new data); the task waits briefly and polls again. */
    NOTHING_AVAILABLE,
    /** The reader's share of the input is exhausted; it will emit nothing more. */
    END_OF_INPUT
}
