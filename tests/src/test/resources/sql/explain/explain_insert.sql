SET 'parallelism.default' = '2';
CREATE TABLE src (id BIGINT, v STRING) WITH ('connector' = 'datagen');
CREATE TABLE sink (id BIGINT, v STRING) WITH ('connector' = 'print');
EXPLAIN INSERT INTO sink SELECT id, UPPER(v) FROM src WHERE id > 0;
EXPLAIN SELECT * FROM src UNION ALL SELECT * FROM src;
