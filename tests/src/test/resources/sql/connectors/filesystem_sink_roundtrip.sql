SET 'table.dml-sync' = 'true';
CREATE TABLE src (id BIGINT, v STRING) WITH (
  'connector' = 'datagen',
  'fields.id.kind' = 'sequence',
  'fields.id.start' = '1',
  'fields.id.end' = '6',
  'fields.v.length' = '3'
);
CREATE TABLE out_csv (id BIGINT, doubled BIGINT, note STRING) WITH (
  'connector' = 'filesystem',
  'path' = '${tmp}/out',
  'format' = 'csv'
);
INSERT INTO out_csv SELECT id, id * 2, CASE WHEN id = 3 THEN 'has, comma' WHEN id = 4 THEN NULL ELSE 'plain' END FROM src;
SELECT * FROM out_csv;
