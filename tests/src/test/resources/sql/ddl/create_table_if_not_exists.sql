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
-- A second CREATE TABLE of the same name fails and changes nothing.
CREATE TABLE orders (id INT) WITH ('connector' = 'blackhole');
CREATE TABLE IF NOT EXISTS orders (id INT) WITH ('connector' = 'blackhole');
DESCRIBE orders;
