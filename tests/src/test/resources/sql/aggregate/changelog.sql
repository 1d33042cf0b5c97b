SET 'parallelism.default' = '2';
CREATE VIEW clicks AS SELECT * FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) AS t(usr, n);
EXPLAIN SELECT usr, COUNT(*) AS cnt FROM clicks GROUP BY usr HAVING COUNT(*) > 1;
CREATE TABLE out_csv (usr STRING, cnt BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmp}/out', 'format' = 'csv');
INSERT INTO out_csv SELECT usr, COUNT(*)
FROM clicks
GROUP BY usr;
CREATE TABLE out_print (usr STRING, cnt BIGINT) WITH ('connector' = 'blackhole');
INSERT INTO out_print SELECT usr, COUNT(*) FROM clicks GROUP BY usr;
