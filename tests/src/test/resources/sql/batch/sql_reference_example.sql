-- The example of docs/sql.md, "Batch mode".
SET 'execution.runtime-mode' = 'batch';
CREATE TABLE numbers (n BIGINT) WITH ('connector' = 'datagen', 'number-of-rows' = '100',
  'fields.n.kind' = 'sequence', 'fields.n.start' = '1', 'fields.n.end' = '100');
-- @ordered
SELECT n % 3 AS remainder, COUNT(*) AS how_many, MAX(n) AS largest
FROM numbers GROUP BY n % 3 ORDER BY how_many DESC, remainder LIMIT 2;
