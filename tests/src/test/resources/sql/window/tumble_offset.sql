CREATE TABLE bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/bids', 'format' = 'csv');
-- An offset of 2 minutes shifts the windows to [07:52, 08:02), [08:02, 08:12), ...
SELECT window_start, window_end, COUNT(*) AS bids, SUM(price) AS total_price
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES, INTERVAL '2' MINUTES))
GROUP BY window_start, window_end;
