CREATE TABLE people (
  name STRING,
  age INT,
  city STRING,
  joined DATE
) WITH (
  'connector' = 'filesystem',
  'path' = '${data}/people/people.csv',
  'format' = 'csv',
  'csv.field-delimiter' = ';',
  'csv.allow-comments' = 'true',
  'csv.null-literal' = 'null'
);
SELECT * FROM people;
