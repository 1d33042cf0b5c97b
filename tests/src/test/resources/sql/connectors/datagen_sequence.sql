CREATE TABLE gen (
  id BIGINT,
  label STRING
) WITH (
  'connector' = 'datagen',
  'rows-per-second' = '1000000',
  'fields.id.kind' = 'sequence',
  'fields.id.start' = '1',
  'fields.id.end' = '10',
  'fields.label.length' = '4'
);
SELECT id, CHAR_LENGTH(label) AS len FROM gen;
