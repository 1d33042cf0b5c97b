SET 'table.dml-sync' = 'true';
CREATE TABLE sink (a INT, b STRING, c DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${tmp}/cols', 'format' = 'csv', 'csv.null-literal' = 'null');
INSERT INTO sink (b, a) VALUES ('x', 1), ('y', 2);
SELECT * FROM sink;
