-- Batch mode: each group's final result once, as an insert; no -U/+U to fold.
SET 'execution.runtime-mode' = 'batch';
CREATE VIEW sales AS SELECT * FROM (VALUES
  ('book', 'alice', 12),
  ('pen', 'bob', 3),
  ('book', 'carol', 7),
  ('lamp', 'alice', 40),
  ('pen', 'alice', CAST(NULL AS INT)),
  ('book', 'alice', 2)
) AS t(item, customer, qty);
SELECT item, COUNT(*) AS n, SUM(qty) AS total FROM sales GROUP BY item;
SELECT n, COUNT(*) AS items FROM (SELECT item, COUNT(*) AS n FROM sales GROUP BY item) GROUP BY n;
SELECT COUNT(*) AS n, SUM(qty) AS total FROM sales WHERE qty > 1000;
SET 'parallelism.default' = '2';
EXPLAIN SELECT n, COUNT(*) AS items FROM (SELECT item, COUNT(*) AS n FROM sales GROUP BY item) GROUP BY n;
