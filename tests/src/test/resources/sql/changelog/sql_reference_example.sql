-- The example of the changelog modes in docs/sql.md, run as it is printed there.
SET 'parallelism.default' = '2';
CREATE VIEW clicks AS SELECT * FROM (VALUES ('a', 1), ('b', 2), ('a', 3)) AS t(usr, n);
CREATE TABLE counts (usr STRING, cnt BIGINT) WITH ('connector' = 'blackhole');
EXPLAIN INSERT INTO counts SELECT usr, COUNT(*) FROM clicks GROUP BY usr;
CREATE TABLE printed_counts (usr STRING, cnt BIGINT) WITH ('connector' = 'print');
EXPLAIN INSERT INTO printed_counts SELECT usr, COUNT(*) FROM clicks GROUP BY usr;
