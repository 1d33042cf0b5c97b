-- String literals may hold any character, as in Flink: in queries, in VALUES, and in what a table stores.
SELECT '日本語' AS s, UPPER('café') AS u, CHAR_LENGTH('日本語') AS n, '日本' || '語' = '日本語' AS same;
CREATE TABLE words (w STRING) WITH ('connector' = 'filesystem', 'path' = '${tmp}/words', 'format' = 'csv');
SET 'table.dml-sync' = 'true';
INSERT INTO words VALUES ('日本語'), ('Ωmega'), ('naïve');
SELECT w, CHAR_LENGTH(w) AS n FROM words WHERE w <> 'naïve';
