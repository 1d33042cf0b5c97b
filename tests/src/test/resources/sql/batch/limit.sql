SET 'execution.runtime-mode' = 'batch';
CREATE TABLE numbers (n BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '100',
  'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '100');
-- @ordered
SELECT n FROM numbers ORDER BY n DESC LIMIT 3;
-- @ordered
SELECT n FROM numbers ORDER BY n LIMIT 3 OFFSET 5;
-- @ordered
SELECT n FROM numbers ORDER BY n OFFSET 97 ROWS;
-- @ordered
SELECT n FROM numbers ORDER BY n OFFSET 10 ROWS FETCH NEXT 2 ROWS ONLY;
SELECT COUNT(*) AS n FROM (SELECT n FROM numbers LIMIT 7);
CREATE TABLE top_numbers (n BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmp}/top', 'format' = 'csv');
SET 'table.dml-sync' = 'true';
INSERT INTO top_numbers SELECT n FROM numbers ORDER BY n DESC LIMIT 2;
SELECT n FROM top_numbers;
