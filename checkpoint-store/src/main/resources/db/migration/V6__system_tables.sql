-- Version 6: the figures the weir_system tables show that earlier versions did not keep. Per checkpoint: the slowest
-- task's synchronous, asynchronous and alignment durations, the bytes of in-flight rows (unaligned checkpoints) and
-- the bytes the checkpoint itself wrote (an incremental one lists earlier files too); when each operator's subtask
-- acknowledged it; per job: its parallelism, restarts and late records dropped, updated when the job ends.

ALTER TABLE checkpoints ADD COLUMN IF NOT EXISTS sync_duration_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE checkpoints ADD COLUMN IF NOT EXISTS async_duration_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE checkpoints ADD COLUMN IF NOT EXISTS alignment_ms BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE checkpoints ADD COLUMN IF NOT EXISTS in_flight_bytes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE checkpoints ADD COLUMN IF NOT EXISTS written_bytes BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE checkpoint_acknowledgements (
    job_id        VARCHAR(64)       NOT NULL,
    checkpoint_id BIGINT            NOT NULL,
    operator_uid  CHARACTER VARYING NOT NULL,
    subtask       INT               NOT NULL,
    ack_time      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, checkpoint_id, operator_uid, subtask),
    FOREIGN KEY (job_id, checkpoint_id) REFERENCES checkpoints (job_id, checkpoint_id) ON DELETE CASCADE
);

ALTER TABLE jobs ADD COLUMN IF NOT EXISTS parallelism INT;
ALTER TABLE jobs ADD COLUMN IF NOT EXISTS restarts INT DEFAULT 0 NOT NULL;
ALTER TABLE jobs ADD COLUMN IF NOT EXISTS late_records_dropped BIGINT DEFAULT 0 NOT NULL;
