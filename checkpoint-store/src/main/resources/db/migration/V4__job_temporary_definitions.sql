-- Version 4: the session's temporary objects a job reads (its TEMPORARY views, directly or through other views), so
-- that a job interrupted by the end of its process can be planned again in a new session that does not have them.
-- One row per definition, in dependency order: an object comes after every object it reads.

CREATE TABLE job_temporary_definitions (
    job_id   CHAR(32)          NOT NULL REFERENCES jobs (job_id) ON DELETE CASCADE,
    position INT               NOT NULL,
    sql_text CHARACTER VARYING NOT NULL,
    PRIMARY KEY (job_id, position)
);
