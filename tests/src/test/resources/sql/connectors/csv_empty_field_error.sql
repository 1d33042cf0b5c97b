CREATE TABLE people (
  name STRING,
  age INT,
  city STRING,
  joined DATE
) WITH (
  'connector' = 'filesystem',
  'path' = '${data}/people-empty/people.csv',
  'format' = 'csv',
  'csv.field-delimiter' = ';',
  'csv.allow-comments' = 'true'
);
-- Without csv.null-literal an empty INT field is an error, as in Flink.
SELECT * FROM people;
