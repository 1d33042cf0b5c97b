package io.weir.shell;

import java.nio.file.Path;

/** The command's own messages to the user, in one place so tests and docs can list them. */
final class ShellMessages {
    private ShellMessages() {
    }

    static String jobId(String jobId) {
        return "Job id: " + jobId;
    }

    static String jobEnded(String jobId, String status) {
        return "Job " + jobId + " ended: " + status;
    }

    static String jobFailed(String jobId, String cause) {
        return "Job " + jobId + " failed: " + cause;
    }

    static String stoppingJob(String jobId, String name) {
        return "Stopping job " + jobId + " (" + name + ")";
    }

    static String internalError(Throwable error, Path logFile) {
        return "Internal error: " + error + "; the stack trace is in " + logFile;
    }

    static String cannotReadScript(Path file, String reason) {
        return "Cannot read script '" + file + "': " + reason;
    }

    static String interruptedAgain() {
        return "Stopping the run's jobs; press Ctrl-C again to exit at once";
    }
}
