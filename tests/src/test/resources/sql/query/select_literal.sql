SELECT 1;
SELECT 1 AS n, 'a' AS letter, TRUE AS yes, NULL AS nothing;
SELECT 1 + 2 * 3, 7 / 2, 7 % 3, -5, 2.5 * 2;
