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
-- Unquoted names match whatever their case; names keep the case they were written with.
SELECT ID, Customer FROM ORDERS WHERE id = 1;
SELECT `id` FROM default_catalog.default_database.orders WHERE id = 2;
CREATE TABLE Orders (x INT) WITH ('connector' = 'blackhole');
