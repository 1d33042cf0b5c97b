SELECT UPPER('weir'), LOWER('WeIr'), CHAR_LENGTH('flow'), TRIM('  x  '), LTRIM('  x'), RTRIM('x  ');
SELECT SUBSTRING('streaming' FROM 2 FOR 4), SUBSTR('streaming', 3), CONCAT('a', 'b', 'c'), CONCAT_WS('-', 'a', 'b'), 'x' || 'y';
SELECT REPLACE('a.b.c', '.', '/'), POSITION('m' IN 'stream'), INITCAP('hello world'), LPAD('7', 3, '0'), RPAD('7', 3, '0');
SELECT REGEXP_REPLACE('a1b22c', '[0-9]+', '#'), REGEXP_EXTRACT('key=value', '(\w+)=(\w+)', 2), SPLIT_INDEX('a,b,c', ',', 1);
