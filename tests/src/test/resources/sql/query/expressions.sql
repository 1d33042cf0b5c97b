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
SELECT id, CASE WHEN price >= 100 THEN 'high' WHEN price >= 10 THEN 'mid' ELSE 'low' END AS band FROM orders;
SELECT id, COALESCE(NULLIF(item, ''), 'none') AS item, IF(id % 2 = 0, 'even', 'odd') AS parity FROM orders;
SELECT id FROM orders WHERE id BETWEEN 2 AND 4 AND customer IN ('bob', 'dave', 'zed');
SELECT id FROM orders WHERE customer LIKE '_a%';
