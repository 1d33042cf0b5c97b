CREATE TABLE orders (id BIGINT, amount DECIMAL(10, 2), ts TIMESTAMP(3), day_of AS CAST(ts AS DATE),
  WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'datagen', 'number-of-rows' = '10');
CREATE VIEW big AS SELECT id, amount FROM orders WHERE amount > 100;
SHOW TABLES;
SHOW TABLES FROM weir_system;
SELECT table_name, table_type, connector FROM weir_system.tables;
SELECT column_name, ordinal_position, data_type, is_nullable, computed_expression FROM weir_system.columns
WHERE table_name = 'orders';
SELECT table_name, option_key, option_value FROM default_catalog.weir_system.options;
SELECT table_name, view_definition FROM weir_system.views;
SELECT table_type, COUNT(*) AS n FROM weir_system.tables GROUP BY table_type;
INSERT INTO weir_system.tables SELECT * FROM weir_system.tables;
CREATE TABLE weir_system.mine (id BIGINT) WITH ('connector' = 'blackhole');
DROP TABLE weir_system.jobs;
SHOW TABLES FROM nowhere;
SELECT * FROM TABLE(checkpoint_state('no-such-job', 1, 'agg'));
DESCRIBE weir_system.savepoints;
