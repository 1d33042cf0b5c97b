SET 'table.dml-sync' = 'true';
CREATE TABLE src (id BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '1000');
CREATE TABLE nothing (id BIGINT) WITH ('connector' = 'blackhole');
CREATE TABLE out_print (id BIGINT) WITH ('connector' = 'print', 'print-identifier' = 'golden', 'standard-error' = 'true');
INSERT INTO nothing SELECT id FROM src;
INSERT INTO out_print SELECT id FROM src WHERE id = 0;
CREATE TABLE p2 (id BIGINT) WITH ('connector' = 'print', 'print-identifer' = 'x');
