-- Which changes a group aggregation emits depends on who consumes them: as in Flink, a sink that takes upserts
-- gets +U alone on the group key, a sink that takes every change gets -U before each +U.
SET 'parallelism.default' = '2';
SET 'table.dml-sync' = 'true';
CREATE VIEW clicks AS SELECT * FROM (VALUES ('a', 1), ('b', 2), ('a', 3), ('c', 4), ('a', 5)) AS t(usr, n);
CREATE TABLE counts_blackhole (usr STRING, cnt BIGINT) WITH ('connector' = 'blackhole');
CREATE TABLE counts_print (usr STRING, cnt BIGINT) WITH ('connector' = 'print', 'standard-error' = 'true');
-- blackhole takes upserts: [I,UA], keyed on usr.
EXPLAIN INSERT INTO counts_blackhole SELECT usr, COUNT(*) FROM clicks GROUP BY usr;
-- print takes every change: [I,UB,UA].
EXPLAIN INSERT INTO counts_print SELECT usr, COUNT(*) FROM clicks GROUP BY usr;
-- The inner aggregation retracts for the outer one, which upserts into the blackhole and also deletes.
CREATE TABLE histogram (cnt BIGINT, users BIGINT) WITH ('connector' = 'blackhole');
EXPLAIN INSERT INTO histogram SELECT cnt, COUNT(*) FROM (SELECT usr, COUNT(*) AS cnt FROM clicks GROUP BY usr) GROUP BY cnt;
-- A primary key that is not the group key: upserts would be wrong, so the sink gets retractions.
CREATE TABLE by_count (usr STRING, cnt BIGINT, PRIMARY KEY (cnt) NOT ENFORCED) WITH ('connector' = 'blackhole');
EXPLAIN INSERT INTO by_count SELECT usr, COUNT(*) FROM clicks GROUP BY usr;
-- A primary key that is the group key keeps the upserts.
CREATE TABLE by_user (cnt BIGINT, usr STRING, PRIMARY KEY (usr) NOT ENFORCED) WITH ('connector' = 'blackhole');
EXPLAIN INSERT INTO by_user SELECT COUNT(*), usr FROM clicks GROUP BY usr;
-- A filter after the aggregation needs the -U of a row that stops matching: retractions again.
EXPLAIN INSERT INTO counts_blackhole SELECT usr, COUNT(*) FROM clicks GROUP BY usr HAVING COUNT(*) > 1;
INSERT INTO counts_blackhole SELECT usr, COUNT(*) FROM clicks GROUP BY usr;
INSERT INTO histogram SELECT cnt, COUNT(*) FROM (SELECT usr, COUNT(*) AS cnt FROM clicks GROUP BY usr) GROUP BY cnt;
SELECT cnt, COUNT(*) AS users FROM (SELECT usr, COUNT(*) AS cnt FROM clicks GROUP BY usr) GROUP BY cnt;
