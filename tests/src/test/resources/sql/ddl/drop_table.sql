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
DROP TABLE orders;
SHOW TABLES;
DROP TABLE orders;
DROP TABLE IF EXISTS orders;
