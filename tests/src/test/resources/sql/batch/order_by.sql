SET 'execution.runtime-mode' = 'batch';
CREATE VIEW people AS SELECT * FROM (VALUES
  ('ann', 'oslo', 31),
  ('bob', CAST(NULL AS STRING), 25),
  ('cid', 'rome', CAST(NULL AS INT)),
  ('dan', 'oslo', 25),
  ('eve', 'rome', 40),
  ('fay', CAST(NULL AS STRING), CAST(NULL AS INT))
) AS t(name, city, age);
-- NULLs sort first ascending and last descending, as in Flink.
-- @ordered
SELECT name, city, age FROM people ORDER BY city, age DESC;
-- @ordered
SELECT name, age FROM people ORDER BY age NULLS LAST, name DESC;
-- @ordered
SELECT name FROM people ORDER BY age DESC NULLS FIRST, name;
-- @ordered
SELECT city, COUNT(*) AS n, MAX(age) AS oldest FROM people GROUP BY city ORDER BY n DESC, city NULLS LAST;
