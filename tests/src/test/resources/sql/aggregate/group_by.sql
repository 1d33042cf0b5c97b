CREATE VIEW sales AS SELECT * FROM (VALUES
  ('book', 'alice', 12, CAST(12.50 AS DECIMAL(10, 2))),
  ('pen', 'bob', 3, CAST(3.00 AS DECIMAL(10, 2))),
  ('book', 'carol', 7, CAST(7.25 AS DECIMAL(10, 2))),
  ('lamp', 'alice', 40, CAST(40.00 AS DECIMAL(10, 2))),
  ('pen', 'alice', CAST(NULL AS INT), CAST(NULL AS DECIMAL(10, 2))),
  ('book', 'alice', 2, CAST(2.00 AS DECIMAL(10, 2)))
) AS t(item, customer, qty, price);
SELECT item, COUNT(*) AS n, COUNT(qty) AS with_qty, SUM(qty) AS total, AVG(qty) AS avg_qty FROM sales GROUP BY item;
SELECT item, SUM(price) AS revenue, AVG(price) AS avg_price, MIN(price) AS lo, MAX(price) AS hi FROM sales GROUP BY item;
SELECT customer, COUNT(DISTINCT item) AS items, COUNT(*) FILTER (WHERE qty > 5) AS big FROM sales GROUP BY customer;
SELECT item, SUM(qty) AS total FROM sales GROUP BY item HAVING SUM(qty) > 5;
SELECT DISTINCT customer FROM sales;
SELECT COUNT(*) AS n, SUM(qty) AS total, MAX(customer) AS last_name FROM sales;
SELECT n, COUNT(*) AS items FROM (SELECT item, COUNT(*) AS n FROM sales GROUP BY item) GROUP BY n;
