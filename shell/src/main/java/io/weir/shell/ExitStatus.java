package io.weir.shell;

/** The command's exit statuses. */
final class ExitStatus {
    static final int SUCCESS = 0;
    /** A statement or a job failed. */
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;
    /** The user pressed Ctrl-C (128 + SIGINT, as shells report it). */
    static final int INTERRUPTED = 130;

    private ExitStatus() {
    }
}
