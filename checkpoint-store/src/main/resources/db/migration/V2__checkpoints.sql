-- Version 2: committed checkpoints and savepoints, and the state files of each.
-- A checkpoint's row and the rows of all its files are inserted in one transaction: that commit is the checkpoint's
-- commit point. Paths are relative: a checkpoint's location to the data directory, a file's path to its checkpoint.

CREATE TABLE checkpoints (
    job_id             VARCHAR(64)  NOT NULL,
    checkpoint_id      BIGINT       NOT NULL CHECK (checkpoint_id > 0),
    kind               VARCHAR(16)  NOT NULL CHECK (kind IN ('CHECKPOINT', 'SAVEPOINT')),
    checkpointing_mode VARCHAR(16)  NOT NULL CHECK (checkpointing_mode IN ('EXACTLY_ONCE', 'AT_LEAST_ONCE')),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('COMPLETED')),
    trigger_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    location           CHARACTER VARYING NOT NULL,
    max_parallelism    INT          NOT NULL,
    state_size_bytes   BIGINT       NOT NULL,
    state_row_count    BIGINT       NOT NULL,
    file_count         INT          NOT NULL,
    PRIMARY KEY (job_id, checkpoint_id),
    CONSTRAINT checkpoints_location UNIQUE (location)
);

CREATE TABLE state_files (
    job_id          VARCHAR(64)  NOT NULL,
    checkpoint_id   BIGINT       NOT NULL,
    operator_uid    CHARACTER VARYING NOT NULL,
    state_name      CHARACTER VARYING NOT NULL,
    state_kind      VARCHAR(32)  NOT NULL,
    subtask         INT          NOT NULL,
    first_key_group INT          NOT NULL,
    last_key_group  INT          NOT NULL,
    file_path       CHARACTER VARYING NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    row_count       BIGINT       NOT NULL,
    checksum        VARCHAR(64)  NOT NULL,
    table_schema    CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (job_id, checkpoint_id, file_path),
    FOREIGN KEY (job_id, checkpoint_id) REFERENCES checkpoints (job_id, checkpoint_id) ON DELETE CASCADE
);
