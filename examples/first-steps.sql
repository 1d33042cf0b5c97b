-- A first look at Weir: tables over files and generated data, queries and a job.
-- Run it from the project's root: ./weir -f examples/first-steps.sql

CREATE TABLE IF NOT EXISTS orders (
  id INT,
  customer STRING,
  item STRING,
  price DECIMAL(10, 2),
  order_time TIMESTAMP(3),
  price_with_tax AS price * 1.2
) WITH (
  'connector' = 'filesystem',
  'path' = 'examples/data/orders',
  'format' = 'csv'
);

-- A query over a bounded table ends when the files are read.
SELECT id, UPPER(customer) AS customer, price_with_tax
FROM orders
WHERE price > 5;

CREATE TABLE IF NOT EXISTS numbers (
  n BIGINT,
  label STRING
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1000',
  'fields.n.kind' = 'sequence',
  'fields.n.start' = '1',
  'fields.n.end' = '20',
  'fields.label.length' = '5'
);

CREATE TABLE IF NOT EXISTS shown (
  n BIGINT,
  square BIGINT
) WITH (
  'connector' = 'print',
  'print-identifier' = 'squares'
);

-- An INSERT starts a job; the run waits for it to end.
INSERT INTO shown SELECT n, n * n FROM numbers WHERE n % 5 = 0;
