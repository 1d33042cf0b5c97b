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
SELECT id, customer, price FROM orders;
SELECT id, price * 2 AS doubled FROM orders WHERE price > 5 AND customer <> 'erin';
SELECT item FROM orders WHERE item IS NULL OR item = '';
