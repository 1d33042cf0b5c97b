CREATE TABEL t (id INT);
SELECT 1 FROM;
SELECT id,
  name
FROM (VALUES (1, 'a')) AS t(id, name)
WHERE id = = 1;
INSERT t SELECT 1;
SELECT 'unterminated;
