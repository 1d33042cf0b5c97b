CREATE VIEW sales AS SELECT * FROM (VALUES
  ('book', 'alice', 12),
  ('pen', 'bob', 3),
  ('book', 'carol', 7),
  ('lamp', 'alice', 40)
) AS t(item, customer, qty);
SELECT item, SUM(qty) AS total, GROUPING(item) AS g FROM sales GROUP BY ROLLUP (item);
SELECT item, customer, COUNT(*) AS n FROM sales GROUP BY GROUPING SETS ((item), (customer), ());
SELECT item, customer, SUM(qty) AS total, GROUPING_ID(item, customer) AS gid FROM sales GROUP BY CUBE (item, customer);
