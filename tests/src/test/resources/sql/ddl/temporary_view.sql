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
CREATE TEMPORARY VIEW names AS SELECT UPPER(customer) AS name FROM orders;
SELECT name FROM names WHERE name LIKE '%A%';
