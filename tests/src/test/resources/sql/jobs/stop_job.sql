CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'rows-per-second' = '10');
CREATE TABLE sink (id BIGINT) WITH ('connector' = 'blackhole');
STOP JOB '00000000000000000000000000000000';
STOP JOB 'not-a-job' WITH SAVEPOINT;
