CREATE TABLE orders (
  id INT,
  customer STRING,
  item STRING,
  price DECIMAL(10, 2),
  order_time TIMESTAMP(3)
) WITH (
  'connector' = 'filesystem',
  'path' = '${data}/orders',
  'format' = 'csv'
);
SELECT t.id, t.total FROM (SELECT id, price * 1.2 AS total FROM orders) AS t WHERE t.total > 10;
WITH big AS (SELECT id, price FROM orders WHERE price > 10) SELECT id FROM big WHERE id < 4;
