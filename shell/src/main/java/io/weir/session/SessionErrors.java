package io.weir.session;

import io.weir.checkpoint.ObjectKind;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.util.List;
import java.util.Locale;

/** The messages of the session's user errors. */
final class SessionErrors {
    private SessionErrors() {
    }

    static WeirException unknownObject(ObjectKind kind, String name, List<String> candidates) {
        return new WeirException(ErrorCode.UNKNOWN_OBJECT, "Unknown " + kind.displayName().toLowerCase(Locale.ROOT) + " '" + name
                + "'" + suggestion(name, candidates));
    }

    static WeirException unknownTableOrView(String name, List<String> candidates) {
        return new WeirException(ErrorCode.UNKNOWN_OBJECT, "Unknown table or view '" + name + "'" + suggestion(name, candidates));
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

    static WeirException savepointsUnsupported() {
        return new WeirException(ErrorCode.UNSUPPORTED, "Savepoints are not supported yet; use STOP JOB without WITH SAVEPOINT");
    }

    static WeirException jobFailed(Throwable rootCause) {
        String message = rootCause.getMessage() != null ? rootCause.getMessage() : rootCause.toString();
        return new WeirException(ErrorCode.JOB_FAILED, message, rootCause);
    }

    static WeirException jobCanceled(String jobId) {
        return new WeirException(ErrorCode.JOB_FAILED, "Job '" + jobId + "' was stopped");
    }

    /** {@code "; did you mean 'x'?"} for the closest candidate within a small edit distance, else empty. */
    static String suggestion(String written, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = editDistance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, written.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
