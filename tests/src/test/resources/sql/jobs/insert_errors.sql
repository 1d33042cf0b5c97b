CREATE TABLE src (id BIGINT, name STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '10');
CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole');
INSERT INTO missing SELECT id FROM src;
INSERT INTO sink SELECT id, name FROM src;
INSERT INTO src SELECT id, name FROM src;
SHOW JOBS;
