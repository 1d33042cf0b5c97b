-- Version 1: the catalog (tables, views, their columns and options) and the jobs.
-- Names keep the case they were written in; name_key (lower case) makes them unique case-insensitively.

CREATE TABLE catalog_objects (
    object_id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    catalog_name  VARCHAR(256) NOT NULL,
    database_name VARCHAR(256) NOT NULL,
    object_name   VARCHAR(256) NOT NULL,
    catalog_key   VARCHAR(256) NOT NULL,
    database_key  VARCHAR(256) NOT NULL,
    name_key      VARCHAR(256) NOT NULL,
    kind          VARCHAR(8)   NOT NULL CHECK (kind IN ('TABLE', 'VIEW')),
    ddl           CHARACTER LARGE OBJECT NOT NULL,
    object_comment CHARACTER VARYING,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT catalog_objects_name UNIQUE (catalog_key, database_key, name_key)
);

CREATE TABLE catalog_columns (
    object_id   BIGINT       NOT NULL REFERENCES catalog_objects (object_id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    column_name VARCHAR(256) NOT NULL,
    type_text   CHARACTER VARYING NOT NULL,
    nullable    BOOLEAN      NOT NULL,
    expression  CHARACTER VARYING,
    column_comment CHARACTER VARYING,
    PRIMARY KEY (object_id, position)
);

CREATE TABLE catalog_options (
    object_id    BIGINT       NOT NULL REFERENCES catalog_objects (object_id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    option_key   CHARACTER VARYING NOT NULL,
    option_value CHARACTER VARYING NOT NULL,
    PRIMARY KEY (object_id, position)
);

CREATE TABLE catalog_views (
    object_id  BIGINT NOT NULL PRIMARY KEY REFERENCES catalog_objects (object_id) ON DELETE CASCADE,
    query_text CHARACTER LARGE OBJECT NOT NULL
);

CREATE TABLE jobs (
    job_id     CHAR(32)     NOT NULL PRIMARY KEY,
    job_name   CHARACTER VARYING NOT NULL,
    sql_text   CHARACTER LARGE OBJECT NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    start_time TIMESTAMP WITH TIME ZONE NOT NULL,
    end_time   TIMESTAMP WITH TIME ZONE,
    failure    CHARACTER LARGE OBJECT
);
