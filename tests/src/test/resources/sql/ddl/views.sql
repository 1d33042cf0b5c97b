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
CREATE VIEW cheap AS SELECT id, item, price FROM orders WHERE price < 10;
SHOW VIEWS;
SHOW TABLES;
DESCRIBE cheap;
SELECT * FROM cheap;
DROP TABLE cheap;
DROP VIEW cheap;
SHOW VIEWS;
