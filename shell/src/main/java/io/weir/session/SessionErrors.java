package io.weir.session;

import io.weir.checkpoint.ObjectKind;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.NameSuggestion;
import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import java.util.List;
import java.util.Locale;

/** The messages of the session's user errors. */
final class SessionErrors {
    private SessionErrors() {
    }

    static WeirException unknownObject(ObjectKind kind, String name, List<String> candidates) {
        return new WeirException(ErrorCode.UNKNOWN_OBJECT, "Unknown " + kind.displayName().toLowerCase(Locale.ROOT) + " '" + name
                + "'" + NameSuggestion.didYouMean(name, candidates));
    }

    static WeirException unknownTableOrView(String name, List<String> candidates) {
        return new WeirException(ErrorCode.UNKNOWN_OBJECT, "Unknown table or view '" + name + "'" + NameSuggestion.didYouMean(name, candidates));
    }

    static WeirException unknownCatalogOrDatabase(String written, String expected) {
        return new WeirException(ErrorCode.UNKNOWN_OBJECT, "Unknown catalog or database '" + written + "'; the only one is '"
                + expected + "'");
    }

    static WeirException objectExists(ObjectKind kind, String name) {
        return new WeirException(ErrorCode.OBJECT_EXISTS, kind.displayName() + " '" + name + "' already exists");
    }

    static WeirException wrongKindDropped(ObjectKind found, String name) {
        String other = found == ObjectKind.TABLE ? "VIEW" : "TABLE";
        String right = found == ObjectKind.TABLE ? "DROP TABLE" : "DROP VIEW";
        return new WeirException(ErrorCode.VALIDATION_ERROR, "'" + name + "' is a " + found.displayName().toLowerCase(Locale.ROOT)
                + ", not a " + other.toLowerCase(Locale.ROOT) + "; use " + right);
    }

    static WeirException invalidOption(String key, String value, String expected) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Invalid value '" + value + "' for option '" + key + "'; expected "
                + expected);
    }

    static WeirException unknownJob(String jobId) {
        return new WeirException(ErrorCode.UNKNOWN_OBJECT, "Unknown job '" + jobId + "'; SHOW JOBS lists this session's jobs");
    }

    /** A savepoint failed for a reason other than a user error the runtime already reported. */
    static WeirException savepointFailed(String jobId, Throwable cause) {
        String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        return new WeirException(ErrorCode.JOB_FAILED, "Savepoint of job '" + jobId + "' failed: " + message, cause);
    }

    static WeirException jobFailed(Throwable rootCause) {
        String message = rootCause.getMessage() != null ? rootCause.getMessage() : rootCause.toString();
        return new WeirException(ErrorCode.JOB_FAILED, message, rootCause);
    }

    static WeirException jobCanceled(String jobId) {
        return new WeirException(ErrorCode.JOB_FAILED, "Job '" + jobId + "' was stopped");
    }

    static WeirException recoveryPathUnreadable(String path, Exception cause) {
        return new WeirException(ErrorCode.IO_ERROR, "Cannot read the checkpoint at '" + path + "' named by '"
                + SessionOptions.RECOVERY_PATH + "': " + cause.getMessage(), cause);
    }

    /** {@code execution.state-recovery.path} names a checkpoint id the job does not retain. */
    static WeirException checkpointNotRetained(String jobId, long checkpointId,
            List<CompletedCheckpoint> retained) {
        StringBuilder ids = new StringBuilder();
        for (CompletedCheckpoint checkpoint : retained) {
            ids.append(ids.length() == 0 ? "" : ", ").append(checkpoint.checkpointId())
                    .append(checkpoint.kind() == CheckpointKind.SAVEPOINT ? " (savepoint)" : "");
        }
        String known = retained.isEmpty() ? "it retains none" : "it retains " + ids;
        return new WeirException(ErrorCode.UNKNOWN_OBJECT, "Job '" + jobId + "' has no retained checkpoint "
                + checkpointId + " named by '" + SessionOptions.RECOVERY_PATH + "'; " + known
                + " (SHOW CHECKPOINTS '" + jobId + "' lists them)");
    }

    static WeirException maxParallelismChanged(String path, int checkpointKeyGroups, int jobKeyGroups) {
        return new WeirException(ErrorCode.INVALID_OPTION, "The checkpoint at '" + path + "' was taken with "
                + "'pipeline.max-parallelism' = '" + checkpointKeyGroups + "' but the session has '" + jobKeyGroups
                + "'; set it back to restore from that checkpoint");
    }
}
