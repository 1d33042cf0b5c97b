CREATE TABLE events (
  id BIGINT,
  name STRING,
  ok BOOLEAN,
  score DOUBLE,
  meta ROW<source STRING, tries INT>
) WITH (
  'connector' = 'filesystem',
  'path' = '${data}/json',
  'format' = 'json'
);
SELECT id, name, ok, score, meta.source, meta.tries FROM events;
SELECT * FROM events WHERE id = 1;
