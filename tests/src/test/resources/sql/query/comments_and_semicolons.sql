-- a comment before; with a semicolon
SELECT 'a;b' AS s, /* a block ; comment */ 'c--d' AS t;
SELECT 'it''s' AS quoted -- trailing comment
;
