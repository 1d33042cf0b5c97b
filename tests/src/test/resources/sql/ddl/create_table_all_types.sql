CREATE TABLE all_types (
  b BOOLEAN,
  ti TINYINT,
  si SMALLINT,
  i INT,
  bi BIGINT NOT NULL,
  f FLOAT,
  d DOUBLE,
  dc DECIMAL(38, 10),
  c CHAR(3),
  vc VARCHAR(20),
  s STRING,
  bin BINARY(4),
  vb VARBINARY(8),
  byt BYTES,
  dt DATE,
  tm TIME,
  ts TIMESTAMP(3),
  ts9 TIMESTAMP(9),
  ltz TIMESTAMP_LTZ(3),
  r ROW<x INT, y STRING>
) WITH ('connector' = 'blackhole');
DESCRIBE all_types;
