CREATE TABLE bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/bids', 'format' = 'csv');
-- window_time is the window's last millisecond and stays a time attribute: a second window can use it.
SELECT window_start, window_end, window_time, item, SUM(price) AS total_price
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES))
GROUP BY window_start, window_end, window_time, item;
CREATE TEMPORARY VIEW item_windows AS
SELECT window_time AS rowtime, item, SUM(price) AS total_price
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '5' MINUTES))
GROUP BY window_start, window_end, window_time, item;
SELECT window_start, window_end, COUNT(*) AS item_windows, SUM(total_price) AS total_price
FROM TABLE(TUMBLE(TABLE item_windows, DESCRIPTOR(rowtime), INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
