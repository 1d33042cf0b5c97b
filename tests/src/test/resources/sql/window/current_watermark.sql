-- At parallelism 1, so that the one source subtask alone decides the watermark (see late_data.sql).
SET 'parallelism.default' = '1';
CREATE TABLE bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/bids', 'format' = 'csv');
-- The source sends its first watermark after its first batch: these eight rows are read before it.
SELECT bidtime, CURRENT_WATERMARK(bidtime) AS wm FROM bids WHERE item = 'A';
CREATE TABLE late_bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/late-bids', 'format' = 'csv');
-- The rows at or behind the watermark when they arrive: the two a window would drop.
SELECT bidtime, item, price FROM late_bids
WHERE CURRENT_WATERMARK(bidtime) IS NOT NULL AND bidtime <= CURRENT_WATERMARK(bidtime);
-- Flink's idiom to keep only the rows that are not late.
SELECT COUNT(*) AS on_time FROM late_bids
WHERE CURRENT_WATERMARK(bidtime) IS NULL OR bidtime > CURRENT_WATERMARK(bidtime);
SELECT CURRENT_WATERMARK(item) FROM late_bids;
