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
SELECT id, 'cheap' AS kind FROM orders WHERE price < 5
UNION ALL
SELECT id, 'dear' AS kind FROM orders WHERE price > 100;
