CREATE TABLE bids (
  bidtime TIMESTAMP(3),
  price DECIMAL(10, 2),
  item STRING,
  supplier_id STRING,
  qty INT,
  WATERMARK FOR bidtime AS bidtime - INTERVAL '1' MINUTE
) WITH ('connector' = 'filesystem', 'path' = '${data}/bids', 'format' = 'csv');
SELECT window_start, window_end,
  COUNT(DISTINCT supplier_id) AS suppliers,
  COUNT(*) FILTER (WHERE price > 3) AS dear,
  SUM(qty) FILTER (WHERE supplier_id = 's1') AS s1_qty
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(bidtime), INTERVAL '10' MINUTES))
GROUP BY window_start, window_end;
