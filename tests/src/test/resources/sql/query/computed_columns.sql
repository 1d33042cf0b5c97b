CREATE TABLE orders (
  id INT,
  customer STRING,
  item STRING,
  price DECIMAL(10, 2),
  order_time TIMESTAMP(3),
  with_tax AS price * 1.2,
  day_of_order AS CAST(order_time AS DATE),
  WATERMARK FOR order_time AS order_time - INTERVAL '1' MINUTE
) WITH (
  'connector' = 'filesystem',
  'path' = '${data}/orders',
  'format' = 'csv'
);
SELECT id, with_tax, day_of_order FROM orders WHERE id <= 3;
