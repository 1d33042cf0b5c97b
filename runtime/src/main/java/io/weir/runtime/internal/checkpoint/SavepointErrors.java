package io.weir.runtime.internal.checkpoint;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.util.List;

/** The messages of the user errors of savepoints: taking one, and restoring one into a job. */
public final class SavepointErrors {
    private SavepointErrors() {
    }

    public static WeirException noStorage(String jobId) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Job '" + jobId + "' runs on an engine without checkpoint "
                + "storage, so it cannot take a savepoint; give the engine a checkpoint storage");
    }

    public static WeirException sourceWithoutPositions(String jobId, String source) {
        return new WeirException(ErrorCode.UNSUPPORTED, "Job '" + jobId + "' cannot take a savepoint: its source '"
                + source + "' cannot record where it is; stop the job without a savepoint instead");
    }

    public static WeirException jobEnded(String jobId) {
        return new WeirException(ErrorCode.JOB_FAILED, "Job '" + jobId + "' ended before its savepoint completed");
    }

    static WeirException notRunning(String jobId) {
        return new WeirException(ErrorCode.JOB_FAILED, "Job '" + jobId + "' is restarting after a failure; take the "
                + "savepoint once it runs again");
    }

    static WeirException aborted(String jobId, long checkpointId, String reason, Throwable cause) {
        return new WeirException(ErrorCode.JOB_FAILED, "Savepoint " + checkpointId + " of job '" + jobId
                + "' failed because " + reason, cause);
    }

    /**
     * State in a savepoint or checkpoint that no operator of the new job claims.
     *
     * @param operatorUids the uids of the unclaimed state, sorted
     * @param jobUids the uids of the new job's operators
     */
    public static WeirException unclaimedState(String location, List<String> operatorUids, List<String> jobUids) {
        String which = operatorUids.size() == 1 ? "operator '" + operatorUids.get(0) + "'"
                : "operators '" + String.join("', '", operatorUids) + "'";
        return new WeirException(ErrorCode.VALIDATION_ERROR, "The savepoint at '" + location + "' holds state of "
                + which + ", which no operator of the new job has (its operators are '"
                + String.join("', '", jobUids) + "'); restore it into a job whose stateful "
                + "operators are unchanged, or set 'execution.state-recovery.ignore-unclaimed-state' = 'true' to "
                + "drop that state");
    }
}
