SELECT * FROM (VALUES (1, 'one'), (2, 'two'), (3, CAST(NULL AS STRING))) AS t(n, word);
VALUES (10), (20);
