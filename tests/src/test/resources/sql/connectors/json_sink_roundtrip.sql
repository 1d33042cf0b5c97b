SET 'table.dml-sync' = 'true';
CREATE TABLE out_json (id INT, name STRING, price DECIMAL(6, 2), at TIMESTAMP(3)) WITH (
  'connector' = 'filesystem',
  'path' = '${tmp}/json-out',
  'format' = 'json'
);
INSERT INTO out_json VALUES (1, 'a "quoted" name', 1.50, TIMESTAMP '2026-01-01 00:00:00'), (2, CAST(NULL AS STRING), 2.00, TIMESTAMP '2026-01-01 12:30:00.250');
SELECT * FROM out_json;
