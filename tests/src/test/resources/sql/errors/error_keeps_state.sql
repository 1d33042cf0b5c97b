CREATE TABLE keep (id INT) WITH ('connector' = 'blackhole');
CREATE TABLE broken (id INT) WITH ('connector' = 'blackhole', 'oops' = '1');
DROP TABLE keep_it;
SHOW TABLES;
