CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '100');
CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole');
INSERT INTO sink SELECT id FROM src;
SHOW JOBS;
