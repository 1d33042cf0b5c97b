CREATE TABLE gen (
  n INT,
  x DOUBLE,
  maybe STRING
) WITH (
  'connector' = 'datagen',
  'number-of-rows' = '500',
  'fields.n.min' = '10',
  'fields.n.max' = '20',
  'fields.x.min' = '0',
  'fields.x.max' = '1',
  'fields.maybe.null-rate' = '1.0'
);
-- Every generated row is within its bounds: no row is printed.
SELECT n, x, maybe FROM gen WHERE n < 10 OR n > 20 OR x < 0 OR x > 1 OR maybe IS NOT NULL;
