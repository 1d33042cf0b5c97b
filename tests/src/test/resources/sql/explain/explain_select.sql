SET 'parallelism.default' = '2';
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
-- Only id and price are read; the filter runs in the source; 1 + 1 is folded.
EXPLAIN SELECT id, price + (1 + 1) FROM orders WHERE price > 10;
