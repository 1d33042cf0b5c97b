package io.weir.session;

import java.util.Objects;

/**
 * What became of a job the data directory recorded as running when it was opened: its process ended without
 * stopping it.
 *
 * @param jobId the job's id, kept by a resumed job
 * @param resumed whether it runs again; if not, it was marked as ended
 * @param message what happened, for the user: from which checkpoint it resumed, or why it could not
 */
public record ResumedJob(String jobId, String name, boolean resumed, String message) {
    public ResumedJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(message, "message");
    }
}
