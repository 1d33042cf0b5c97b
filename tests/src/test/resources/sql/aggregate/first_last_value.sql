CREATE VIEW sales AS SELECT * FROM (VALUES
  ('book', 'alice', 12),
  ('pen', 'bob', 3),
  ('book', 'carol', 7),
  ('lamp', 'alice', 40),
  ('pen', 'alice', CAST(NULL AS INT)),
  ('book', 'alice', 2)
) AS t(item, customer, qty);
SELECT item, FIRST_VALUE(customer) AS first_buyer, LAST_VALUE(customer) AS last_buyer, FIRST_VALUE(qty) AS first_qty, LAST_VALUE(qty) AS last_qty FROM sales GROUP BY item;
SELECT first_value(item) AS first_item, last_value(item) AS last_item, LAST_VALUE(qty) AS last_qty FROM sales;
