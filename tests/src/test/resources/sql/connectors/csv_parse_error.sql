CREATE TABLE nums (n INT, word STRING) WITH (
  'connector' = 'filesystem',
  'path' = '${data}/bad',
  'format' = 'csv'
);
SELECT * FROM nums;
