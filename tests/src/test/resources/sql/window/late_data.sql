-- 1200 bids one second apart from 08:00:00, then two bids from the closed window [08:00, 08:10) and one from the open
-- window [08:10, 08:20). The source sends a watermark after each batch it reads, so by the time the last three rows
-- arrive the watermark (the greatest bidtime so far minus 1 minute) has passed 08:10: the first two are dropped.
-- At parallelism 1: with two source subtasks, the one without a file holds the watermark back until it ends, so which
-- rows were late would depend on which subtask ran first.
SET 'parallelism.default' = '1';
CREATE TABLE bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/late-bids', 'format' = 'csv');
SELECT window_start, window_end, COUNT(*) AS bids, SUM(price) AS total_price
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
CREATE TABLE void (window_start TIMESTAMP(3), bids BIGINT) WITH ('connector' = 'blackhole');
SET 'table.dml-sync' = 'true';
INSERT INTO void
SELECT window_start, COUNT(*)
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
DESCRIBE JOB '${last_job}';
