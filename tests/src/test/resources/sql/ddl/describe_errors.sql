CREATE TABLE orders (id INT) WITH ('connector' = 'blackhole');
DESCRIBE order;
DESCRIBE ordres;
SHOW CREATE TABLE nothing;
