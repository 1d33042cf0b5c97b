CREATE TABLE nums (n INT, word STRING) WITH (
  'connector' = 'filesystem',
  'path' = '${data}/bad',
  'format' = 'csv',
  'csv.ignore-parse-errors' = 'true'
);
SELECT * FROM nums;
