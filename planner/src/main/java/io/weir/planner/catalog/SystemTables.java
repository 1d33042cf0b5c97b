package io.weir.planner.catalog;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.util.List;
import java.util.Optional;

/**
 * The tables of the {@code weir_system} schema (jobs, checkpoints, state files, the catalog) and the
 * {@code checkpoint_state} table function, as the session provides them over its metadata database. The planner
 * resolves {@code weir_system.<name>} and {@code default_catalog.weir_system.<name>} here; every one is read-only.
 */
public interface SystemTables {
    /** The schema's name as queries write it. */
    String SCHEMA = "weir_system";

    /** The table function returning an operator's state at a checkpoint. */
    String CHECKPOINT_STATE = "checkpoint_state";

    /** No system tables: a planner without a metadata database. */
    SystemTables NONE = new SystemTables() {
        @Override
        public List<String> names() {
            return List.of();
        }

        @Override
        public Optional<SystemTable> table(String name) {
            return Optional.empty();
        }

        @Override
        public SystemTable checkpointState(String jobId, long checkpointId, String operatorUid,
                Optional<String> stateName) {
            throw new WeirException(ErrorCode.UNKNOWN_OBJECT, "There is no checkpoint " + checkpointId + " of job '"
                    + jobId + "': this session has no data directory");
        }
    };

    /** The names of the system tables, sorted. */
    List<String> names();

    /** The system table of that name, matched case-insensitively. */
    Optional<SystemTable> table(String name);

    /**
     * The rows of one state table of operator {@code operatorUid} at checkpoint (or savepoint) {@code checkpointId}
     * of job {@code jobId}: the state as of that checkpoint, with the state table's SQL-typed columns.
     *
     * @param stateName the state table's name; may be empty when the operator has only one
     * @throws WeirException naming what exists if the job, checkpoint, operator or state table is unknown
     */
    SystemTable checkpointState(String jobId, long checkpointId, String operatorUid, Optional<String> stateName);
}
