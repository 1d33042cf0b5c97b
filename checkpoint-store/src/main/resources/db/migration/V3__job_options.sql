-- Version 3: the options each job was started with, so that a job interrupted by the end of its process can be
-- planned again, exactly as it was, when the data directory is next opened.

CREATE TABLE job_options (
    job_id       CHAR(32)          NOT NULL REFERENCES jobs (job_id) ON DELETE CASCADE,
    option_key   CHARACTER VARYING NOT NULL,
    option_value CHARACTER VARYING NOT NULL,
    PRIMARY KEY (job_id, option_key)
);
